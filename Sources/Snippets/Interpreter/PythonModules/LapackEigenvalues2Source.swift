extension ModuleSources {
  /// `np.linalg.eigvals` of a real 2-by-2 companion matrix, as NumPy's LAPACK (3.12's dgeev: dgebal, dlahqr,
  /// dlanv2) computes it, in the snippet language; the polynomial sources append it, so quadratics' roots are
  /// NumPy's bits. Larger matrices stay refused with `np.linalg.eigvals`.
  static let lapackEigenvalues2 = #"""
    def _sign(a, b):
        return math.copysign(abs(a), b)

    def _dlapy2(x, y):
        xabs = abs(x)
        yabs = abs(y)
        w = max(xabs, yabs)
        z = min(xabs, yabs)
        if z == 0.0 or w > 1.7976931348623157e308:
            return w
        return w * math.sqrt(1.0 + (z / w) ** 2)

    def _dlanv2(a, b, c, d):
        # LAPACK 3.12's dlanv2: the eigenvalues of a real 2-by-2 block, as (real, imaginary) pairs.
        eps = 2.220446049250313e-16
        safmn2 = 2.0 ** -485
        safmx2 = 1.0 / safmn2
        if c == 0.0:
            pass
        elif b == 0.0:
            a, d = d, a
            b = -c
            c = 0.0
        elif (a - d) == 0.0 and _sign(1.0, b) != _sign(1.0, c):
            pass
        else:
            temp = a - d
            p = 0.5 * temp
            bcmax = max(abs(b), abs(c))
            bcmis = min(abs(b), abs(c)) * _sign(1.0, b) * _sign(1.0, c)
            scale = max(abs(p), bcmax)
            z = (p / scale) * p + (bcmax / scale) * bcmis
            if z >= 4.0 * eps:
                z = p + _sign(math.sqrt(scale) * math.sqrt(z), p)
                a = d + z
                d = d - (bcmax / z) * bcmis
                b = b - c
                c = 0.0
            else:
                count = 0
                sigma = b + c
                while True:
                    count += 1
                    scale = max(abs(temp), abs(sigma))
                    if scale >= safmx2:
                        sigma = sigma * safmn2
                        temp = temp * safmn2
                        if count <= 20:
                            continue
                    if scale <= safmn2:
                        sigma = sigma * safmx2
                        temp = temp * safmx2
                        if count <= 20:
                            continue
                    break
                p = 0.5 * temp
                tau = _dlapy2(sigma, temp)
                cs = math.sqrt(0.5 * (1.0 + abs(sigma) / tau))
                sn = -(p / (tau * cs)) * _sign(1.0, sigma)
                aa = a * cs + b * sn
                bb = -a * sn + b * cs
                cc = c * cs + d * sn
                dd = -c * sn + d * cs
                a = aa * cs + cc * sn
                b = bb * cs + dd * sn
                c = -aa * sn + cc * cs
                d = -bb * sn + dd * cs
                temp = 0.5 * (a + d)
                a = temp
                d = temp
                if c != 0.0:
                    if b != 0.0:
                        if _sign(1.0, b) == _sign(1.0, c):
                            sab = math.sqrt(abs(b))
                            sac = math.sqrt(abs(c))
                            p = _sign(sab * sac, c)
                            a = temp + p
                            d = temp - p
                            b = b - c
                            c = 0.0
                    else:
                        b = -c
                        c = 0.0
        if c == 0.0:
            return [(a, 0.0), (d, 0.0)]
        imaginary = math.sqrt(abs(b)) * math.sqrt(abs(c))
        return [(a, imaginary), (d, -imaginary)]

    def _eigvals2(m):
        # np.linalg.eigvals of a real 2-by-2 matrix as LAPACK's dgeev computes it: dgebal's balancing by powers of
        # two, then dlahqr, which for two rows deflates a negligible subdiagonal or calls dlanv2. Refused where
        # dgeev would first scale the matrix or permute it (a zero off the diagonal).
        h = [[float(m[0, 0]), float(m[0, 1])], [float(m[1, 0]), float(m[1, 1])]]
        values = [abs(v) for row in h for v in row]
        for v in values:
            if math.isnan(v) or math.isinf(v):
                __docbuild_refuse__('roots of a polynomial with infinite or NaN coefficients are not supported in snippets')
        anrm = max(values)
        if anrm != 0.0 and (anrm < 6.7178761075670888e-139 or anrm > 1.4885657073574029e+138):
            __docbuild_refuse__('roots of a polynomial with extreme coefficients are not supported in snippets')
        if h[0][1] == 0.0 or h[1][0] == 0.0:
            __docbuild_refuse__('roots of this polynomial are not supported in snippets: '
                                      "LAPACK's dgeev would permute its companion matrix")
        sfmin1 = 2.2250738585072014e-308 / 2.220446049250313e-16
        sfmax1 = 1.0 / sfmin1
        sfmin2 = sfmin1 * 2.0
        sfmax2 = 1.0 / sfmin2
        scale = [1.0, 1.0]
        noconv = True
        while noconv:
            noconv = False
            for i in range(2):
                c = math.hypot(h[0][i], h[1][i])
                r = math.hypot(h[i][0], h[i][1])
                ca = max(abs(h[0][i]), abs(h[1][i]))
                ra = max(abs(h[i][0]), abs(h[i][1]))
                if c == 0.0 or r == 0.0:
                    continue
                g = r / 2.0
                f = 1.0
                s = c + r
                while c < g and max(f, c, ca) < sfmax2 and min(r, g, ra) > sfmin2:
                    f = f * 2.0
                    c = c * 2.0
                    ca = ca * 2.0
                    r = r / 2.0
                    g = g / 2.0
                    ra = ra / 2.0
                g = c / 2.0
                while g >= r and max(r, ra) < sfmax2 and min(f, c, g, ca) > sfmin2:
                    f = f / 2.0
                    c = c / 2.0
                    g = g / 2.0
                    ca = ca / 2.0
                    r = r * 2.0
                    ra = ra * 2.0
                if (c + r) >= 0.95 * s:
                    continue
                if f < 1.0 and scale[i] < 1.0 and f * scale[i] <= sfmin1:
                    continue
                if f > 1.0 and scale[i] > 1.0 and scale[i] >= sfmax1 / f:
                    continue
                g = 1.0 / f
                scale[i] = scale[i] * f
                noconv = True
                h[i][0] = h[i][0] * g
                h[i][1] = h[i][1] * g
                h[0][i] = h[0][i] * f
                h[1][i] = h[1][i] * f
        # dlahqr's deflation test for the one subdiagonal element.
        ulp = 2.220446049250313e-16
        smlnum = 2.2250738585072014e-308 * (2.0 / ulp)
        deflate = abs(h[1][0]) <= smlnum
        if not deflate:
            tst = abs(h[0][0]) + abs(h[1][1])
            if abs(h[1][0]) <= ulp * tst:
                ab = max(abs(h[1][0]), abs(h[0][1]))
                ba = min(abs(h[1][0]), abs(h[0][1]))
                aa = max(abs(h[1][1]), abs(h[0][0] - h[1][1]))
                bb = min(abs(h[1][1]), abs(h[0][0] - h[1][1]))
                s = aa + ab
                deflate = ba * (ab / s) <= max(smlnum, ulp * (bb * (aa / s)))
        if deflate:
            pairs = [(h[0][0], 0.0), (h[1][1], 0.0)]
        else:
            pairs = _dlanv2(h[0][0], h[0][1], h[1][0], h[1][1])
        if pairs[0][1] == 0.0 and pairs[1][1] == 0.0:
            return np.array([pairs[0][0], pairs[1][0]])
        return np.array([complex(pairs[0][0], pairs[0][1]), complex(pairs[1][0], pairs[1][1])])
    """#
}
