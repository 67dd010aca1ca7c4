extension ModuleSources {
  /// `numpy.fft` after NumPy 2.4's numpy/fft/_pocketfft.py and _helper.py: `fft ifft rfft irfft hfft ihfft`, the
  /// n-dimensional `fftn ifftn fft2 ifft2 rfftn rfft2 irfftn irfft2`, and `fftfreq rfftfreq fftshift ifftshift`.
  /// The transforms themselves are NumPy's pocketfft loops (`__docbuild_fft__`, bit for bit); `out=`, and `s=`
  /// without `axes=` (deprecated, with a warning), are refused.
  static let numpyFFT = #"""
    import numpy as np

    __all__ = ['fft', 'ifft', 'rfft', 'irfft', 'hfft', 'ihfft', 'rfftn', 'irfftn', 'rfft2', 'irfft2', 'fft2',
               'ifft2', 'fftn', 'ifftn', 'fftshift', 'ifftshift', 'fftfreq', 'rfftfreq']

    def _refuse(what):
        __docbuild_refuse__(f'{what} is not supported in snippets')

    _SWAP_DIRECTION_MAP = {"backward": "forward", None: "forward", "ortho": "ortho", "forward": "backward"}

    def _swap_direction(norm):
        try:
            return _SWAP_DIRECTION_MAP[norm]
        except KeyError:
            raise ValueError(f'Invalid norm value {norm}; should be "backward", "ortho" or "forward".') from None

    def _raw_fft(name, a, n, axis, is_real, is_forward, norm, out):
        if out is not None:
            _refuse(f'np.fft.{name}(out=...)')
        if n < 1:
            raise ValueError(f"Invalid number of FFT data points ({n}) specified.")
        if isinstance(n, (bool, np.bool_)) and name not in ('rfft', 'ihfft'):
            # NumPy's C code reads n as an int, which a bool is not (rfft and ihfft take it as one); a false n
            # fails the count check above first.
            raise TypeError('an integer is required')
        if isinstance(n, int) and (2**62 < n < 2**63 or (n >= 2**63 and name in ('rfft', 'ihfft'))):
            # From 2**63 NumPy's C code says "Maximum allowed dimension exceeded", as the native call does, but for
            # rfft and ihfft, whose output shape NumPy computes first.
            _refuse(f'np.fft.{name} with n of more than 62 bits')
        if not is_forward:
            norm = _swap_direction(norm)
        if norm is None or norm == "backward":
            scale = "none"
        elif norm == "ortho":
            scale = "ortho"
        elif norm == "forward":
            scale = "reciprocal"
        else:
            raise ValueError(f'Invalid norm value {norm}; should be "backward","ortho" or "forward".')
        if is_real:
            loop = "rfft" if is_forward else "irfft"
        else:
            loop = "fft" if is_forward else "ifft"
        if isinstance(axis, float):
            # NumPy's normalize_axis_index reads the axis with C's int parser, which takes no float (nor an int past
            # a C long).
            raise TypeError('integer argument expected, got float')
        if isinstance(axis, int) and not -2**63 <= axis < 2**63:
            raise OverflowError('Python int too large to convert to C long')
        return __docbuild_fft__(name, a, n, axis, loop, scale)

    def fft(a, n=None, axis=-1, norm=None, out=None):
        a = np.asarray(a)
        if n is None:
            n = a.shape[axis]
        return _raw_fft('fft', a, n, axis, False, True, norm, out)

    def ifft(a, n=None, axis=-1, norm=None, out=None):
        a = np.asarray(a)
        if n is None:
            n = a.shape[axis]
        return _raw_fft('ifft', a, n, axis, False, False, norm, out)

    def rfft(a, n=None, axis=-1, norm=None, out=None):
        a = np.asarray(a)
        if n is None:
            n = a.shape[axis]
        return _raw_fft('rfft', a, n, axis, True, True, norm, out)

    def irfft(a, n=None, axis=-1, norm=None, out=None):
        a = np.asarray(a)
        if n is None:
            n = (a.shape[axis] - 1) * 2
        return _raw_fft('irfft', a, n, axis, True, False, norm, out)

    def hfft(a, n=None, axis=-1, norm=None, out=None):
        a = np.asarray(a)
        if n is None:
            n = (a.shape[axis] - 1) * 2
        new_norm = _swap_direction(norm)
        return irfft(np.conjugate(a), n, axis, norm=new_norm, out=out)

    def ihfft(a, n=None, axis=-1, norm=None, out=None):
        a = np.asarray(a)
        if n is None:
            n = a.shape[axis]
        new_norm = _swap_direction(norm)
        out = rfft(a, n, axis, norm=new_norm, out=out)
        return np.conjugate(out)

    def _take(shape, axes):
        # np.take(a.shape, axes) for in-range and negative axes, with its IndexError otherwise.
        if not isinstance(axes, (list, tuple)):
            # NumPy iterates what np.take gives back, its words naming its own int or parsing a str.
            _refuse('np.fft with axes= that is not a list or tuple')
        result = []
        if len(shape) == 0 and len(axes) > 0:
            raise IndexError('cannot do a non-empty take from an empty axes.')
        for ax in axes:
            if isinstance(ax, (int, np.integer)) and not isinstance(ax, bool):
                # np.take reads each index as a C long first.
                ax = int(ax)
                if not -2**63 <= ax < 2**63:
                    raise OverflowError('Python int too large to convert to C long')
            if ax < -len(shape) or ax >= len(shape):
                raise IndexError(f"index {ax} is out of bounds for axis 0 with size {len(shape)}")
            result.append(shape[ax])
        return result

    def _cook_nd_args(a, s=None, axes=None, invreal=0):
        if s is None:
            shapeless = True
            if axes is None:
                s = list(a.shape)
            else:
                s = _take(a.shape, axes)
        else:
            shapeless = False
        s = list(s)
        if axes is None:
            if not shapeless:
                _refuse('np.fft with s= but without axes= (deprecated in NumPy 2.0, with a warning)')
            axes = list(range(-len(s), 0))
        if len(s) != len(axes):
            raise ValueError("Shape and axes have different lengths.")
        if invreal and shapeless:
            s[-1] = (a.shape[axes[-1]] - 1) * 2
        if None in s:
            _refuse('np.fft with None in s= (deprecated in NumPy 2.0, with a warning)')
        s = [a.shape[_a] if _s == -1 else _s for _s, _a in zip(s, axes)]
        return s, axes

    def _raw_fftnd(a, s, axes, function, norm, out):
        a = np.asarray(a)
        s, axes = _cook_nd_args(a, s, axes)
        itl = list(range(len(axes)))
        itl.reverse()
        for ii in itl:
            a = function(a, n=s[ii], axis=axes[ii], norm=norm, out=out)
        return a

    def fftn(a, s=None, axes=None, norm=None, out=None):
        return _raw_fftnd(a, s, axes, fft, norm, out)

    def ifftn(a, s=None, axes=None, norm=None, out=None):
        return _raw_fftnd(a, s, axes, ifft, norm, out)

    def fft2(a, s=None, axes=(-2, -1), norm=None, out=None):
        return _raw_fftnd(a, s, axes, fft, norm, out)

    def ifft2(a, s=None, axes=(-2, -1), norm=None, out=None):
        return _raw_fftnd(a, s, axes, ifft, norm, out)

    def rfftn(a, s=None, axes=None, norm=None, out=None):
        a = np.asarray(a)
        s, axes = _cook_nd_args(a, s, axes)
        a = rfft(a, s[-1], axes[-1], norm, out=out)
        for ii in range(len(axes) - 2, -1, -1):
            a = fft(a, s[ii], axes[ii], norm, out=out)
        return a

    def rfft2(a, s=None, axes=(-2, -1), norm=None, out=None):
        return rfftn(a, s, axes, norm, out=out)

    def irfftn(a, s=None, axes=None, norm=None, out=None):
        a = np.asarray(a)
        s, axes = _cook_nd_args(a, s, axes, invreal=1)
        for ii in range(len(axes) - 1):
            a = ifft(a, s[ii], axes[ii], norm)
        a = irfft(a, s[-1], axes[-1], norm, out=out)
        return a

    def irfft2(a, s=None, axes=(-2, -1), norm=None, out=None):
        return irfftn(a, s, axes, norm, out=out)

    def fftshift(x, axes=None):
        x = np.asarray(x)
        if axes is None:
            if x.ndim == 0:
                # NumPy rolls by no shifts over no axes, which it cannot unpack.
                raise ValueError('not enough values to unpack (expected 2, got 0)')
            axes = tuple(range(x.ndim))
            shift = [dim // 2 for dim in x.shape]
        elif isinstance(axes, (int, np.integer)):
            shift = x.shape[axes] // 2
        else:
            shift = [x.shape[ax] // 2 for ax in axes]
        return np.roll(x, shift, axes)

    def ifftshift(x, axes=None):
        x = np.asarray(x)
        if axes is None:
            if x.ndim == 0:
                # NumPy rolls by no shifts over no axes, which it cannot unpack.
                raise ValueError('not enough values to unpack (expected 2, got 0)')
            axes = tuple(range(x.ndim))
            shift = [-(dim // 2) for dim in x.shape]
        elif isinstance(axes, (int, np.integer)):
            shift = -(x.shape[axes] // 2)
        else:
            shift = [-(x.shape[ax] // 2) for ax in axes]
        return np.roll(x, shift, axes)

    def _check_device(device):
        if device is not None and device != "cpu":
            raise ValueError(f'Device not understood. Only "cpu" is allowed, but received: {device}')

    def fftfreq(n, d=1.0, device=None):
        if not isinstance(n, (int, np.integer)):
            raise ValueError("n should be an integer")
        _check_device(device)
        val = 1.0 / (n * d)
        results = np.empty(n, int)
        N = (n - 1) // 2 + 1
        p1 = np.arange(0, N, dtype=int)
        results[:N] = p1
        p2 = np.arange(-(n // 2), 0, dtype=int)
        results[N:] = p2
        return results * val

    def rfftfreq(n, d=1.0, device=None):
        if not isinstance(n, (int, np.integer)):
            raise ValueError("n should be an integer")
        _check_device(device)
        val = 1.0 / (n * d)
        N = n // 2 + 1
        results = np.arange(0, N, dtype=int)
        return results * val
    """#
}
