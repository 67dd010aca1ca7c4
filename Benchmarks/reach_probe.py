"""Probe docbuild's reach on published tutorial code, per corpus, against real CPython and NumPy.

Usage: python3 Benchmarks/reach_probe.py --mirrors /work/.mirror --out /work/probe [--docbuild .build/debug/docbuild]
       [--corpus NAME ...] [--skip-record | --record-only]

For each corpus (a public tutorial repository fetched as a bare git mirror under --mirrors, named OWNER+NAME/repo),
the code cells of its sources (notebook cells, MyST `code-cell`s, fenced `python` blocks, reST doctests, whole `.py` files) become
one docbuild chapter each, under OUT/chapters/CORPUS/. Every top-level statement is one `>>>` prompt of a `tensor`
transcript; its expected output is what CPython 3.11 prints for it in REPL (`single`) mode in a fresh process per
chapter, with `np` bound and NumPy's legacy stream and `random` seeded with 0, as a docbuild chapter starts. Cells that
need files, the network, plots, timing, `%magic` or modules outside the language (pandas, scipy, ...) are skipped,
and the skips tallied. Then `docbuild check --no-cache --content` runs on each corpus and its diagnostics are tallied:
statements that match, refusals grouped by their diagnostic's first words, and mismatches (docbuild printed other
text than Python, or raised where Python did not). Nothing third-party is written into the repository: the chapters
live under OUT only.
"""

from __future__ import annotations

import argparse
import ast
import collections
import copy
import inspect
import json
import os
import re
import subprocess
import sys
import tempfile

CORPORA = {
    "pdsh": ("jakevdp+PythonDataScienceHandbook", r"^notebooks/02\.0\d-.*\.ipynb$"),
    "numpy-tutorials": ("numpy+numpy-tutorials", r"^content/(?!contributing|index|tutorial-style).*\.md$"),
    # session 33, reach33a: published NumPy and machine-learning course code nobody here had tuned on, one cell per
    # top-level statement. The Machine Learning Specialization's optional labs and NumPy assignments, courses 1 and 2
    # (its TensorFlow and sklearn labs left out; the cells importing the labs' helper modules are skipped).
    "ml-specialization": ("greyhatguy007+Machine-Learning-Specialization-Coursera",
                          r"^C[12] - [^/]*/week\d/(Optional Labs|optional-labs|optional labs|C\dW\dA1)/"
                          r"(backprop/)?(?!.*(Sklearn|Scikit|_TF|Multiclass|Tree_Ensemble|Copy))[A-Za-z0-9_ ]*\.ipynb$",
                          "statements"),
    # The Deep Learning Specialization's NumPy assignments the older copy ("coursera-dl") lacks: Python basics with
    # NumPy, a recurrent network step by step, the character-level language model.
    "dl-specialization": ("amanchadha+coursera-deep-learning-specialization",
                          r"^C[15] - [^/]*/Week [12]/[^/]*/(Python_Basics_With_Numpy_v3a|Building_a_Recurrent_Neural_"
                          r"Network_Step_by_Step_v3a|Dinosaurus_Island_Character_level_language_model_final_v3a)"
                          r"\.ipynb$", "statements"),
    # Lorena Barba's Practical Numerical Methods with Python: ODEs (the phugoid), convection, traffic, the heat
    # equation and relaxation methods on NumPy arrays (the scipy, sympy and plotting cells skipped).
    "numerical-mooc": ("numerical-mooc+numerical-mooc", r"^lessons/0[1-5]_[a-z]*/[^/]*\.ipynb$", "statements"),
    # Denny Britz's reinforcement-learning exercises' solutions, dynamic programming and Monte Carlo (their gym
    # environments and plotting helpers are imported from the repository, so the statements needing them skip).
    "dennybritz-rl": ("dennybritz+reinforcement-learning", r"^(DP|MC|TD)/[^/]*Solution\.ipynb$", "statements"),
    # Machine Learning with PyTorch and Scikit-Learn (2022): the perceptron and Adaline in NumPy, the rewritten NumPy
    # multilayer perceptron of chapter 11 and chapter 19's Q-learning agent (the torch chapters left out; sklearn and
    # gym statements skipped).
    "ml-book-2022": ("rasbt+machine-learning-book", r"^ch(02/ch02|11/neuralnet|19/gridworld/agent)\.py$", "statements"),
    "autograd": ("HIPS+autograd", r"^(docs/tutorial\.md|examples/[^/]*\.py)$"),
    # One chapter: micrograd's own modules first, so its README and demo find them.
    "micrograd": ("karpathy+micrograd", ["micrograd/engine.py", "micrograd/nn.py", "README.md", "demo.ipynb"]),
    "cs231n": ("cs231n+cs231n.github.io", r"^(python-numpy-tutorial|neural-networks-case-study|optimization-1)\.md$"),
    "scipy-lectures": ("scipy-lectures+scientific-python-lectures", r"^intro/(numpy|language)/[^/]*\.md$"),
    "numpy-user-guide": ("numpy+numpy", r"^doc/source/user/(quickstart|absolute_beginners|basics\.(indexing|broadcasting"
                         r"|creation)|how-to-index)\.rst$"),
    # Added 2026-12-01 (brief 13) so the probe meets code it was not tuned on.
    "numpy-100": ("rougier+numpy-100", r"^100_Numpy_exercises_with_solutions\.md$"),
    "from-python-to-numpy": ("rougier+from-python-to-numpy", r"^0[2-79]-[a-z-]*\.rst$"),
    "numpy-exercises": ("Kyubyong+numpy_exercises", r"^\d+_[A-Za-z_-]*_[Ss]olutions?\.ipynb$"),
    "handson-ml3": ("ageron+handson-ml3", r"^(tools_numpy|math_linear_algebra|math_differential_calculus|extra_autodiff"
                    r"|extra_gradient_descent_comparison|04_training_linear_models)\.ipynb$"),
    "nn-zero-to-hero": ("karpathy+nn-zero-to-hero", r"^lectures/.*\.ipynb$"),
    "nn-from-scratch": ("dennybritz+nn-from-scratch", r"^nn-from-scratch\.ipynb$"),
    "jrjohansson-lectures": ("jrjohansson+scientific-python-lectures", r"^Lecture-[12]-.*\.ipynb$"),
    "whirlwind-tour": ("jakevdp+WhirlwindTourOfPython", r"^(0[2-9]|1[0-4])-.*\.ipynb$"),
    # Added 2026-12-02 (brief 20), again code nobody here had tuned on. A third field says how a `.py` file becomes
    # cells (see PY_CELLS).
    "numpy-docstrings": ("numpy+numpy", r"^numpy/(_core|lib|linalg)/[^/]*\.py$", "docstrings"),
    "mlrefined": ("jermwatt+machine_learning_refined", r"^notes/.*\.ipynb$"),
    "nnfs-book": ("Sentdex+nnfs_book", r"^Chapter_\d+/Ch\d+_[Ff]inal\.py$", "statements"),
    "ml-from-scratch": ("eriklindernoren+ML-From-Scratch",
                        r"^mlfromscratch/(deep_learning|supervised_learning|unsupervised_learning|utils)/[^/]*\.py$",
                        "statements"),
    # Added 2026-12-02 (session 22): the rest of NumPy's user guide, which the first corpus left out.
    "numpy-user-guide-rest": ("numpy+numpy", r"^doc/source/user/(basics\.(copies|dispatch|interoperability|"
                              r"performant_code|rec|strings|subclassing|types|ufuncs)|byteswapping|how-to-(partition|"
                              r"print)|misc|numpy-for-matlab-users|theory\.broadcasting|whatisnumpy)\.rst$"),
    "numpy-reference": ("numpy+numpy", r"^doc/source/reference/(arrays\.(classes|dtypes|indexing|ndarray|nditer|promotion|"
                        r"scalars)|constants|ufuncs|random/(generator|index|legacy|new-or-different|parallel|"
                        r"compatibility|bit_generators/index))\.rst$"),
    "cs231n-more": ("cs231n+cs231n.github.io", r"^(optimization-2|neural-networks-[123]|linear-classify)\.md$"),
    "scipy-lectures-advanced": ("scipy-lectures+scientific-python-lectures",
                                r"^advanced/(advanced_numpy|advanced_python)/index\.md$"),
    "pydata-book": ("wesm+pydata-book", r"^ch0[234]\.ipynb$"),
    "zero-to-mastery": ("mrdbourke+zero-to-mastery-ml",
                        r"^section-2-data-science-and-ml-tools/(introduction-to-numpy|numpy-exercises-solutions)\.ipynb$"),
    "cs228-python": ("kuleshov+cs228-material", r"^tutorials/python/(cs228-python-tutorial-3_7|cornell-cs5785-python-"
                     r"tutorial)\.ipynb$"),
    "rougier-numpy-tutorial": ("rougier+numpy-tutorial", r"^README\.rst$"),
    "30-days-of-python": ("Asabeneh+30-Days-Of-Python", r"^(0[2-9]|1[0-7]|21|24)_Day_[^/]*/[^/]*\.md$"),
    # Added 2026-12-03 (session 24): Think Python's third edition, lijin-THU's Python/NumPy notes, the IPython
    # Cookbook's NumPy recipes, learn-python3's notebooks and a NumPy neural network series.
    "thinkpython": ("AllenDowney+ThinkPython", r"^chapters/chap(0[1-9]|1[0-9])\.ipynb$"),
    "notes-python": ("lijin-THU+notes-python",
                     r"^(02-python-essentials|03-numpy|05-advanced-python|08-object-oriented-programming)/[^/]*\.ipynb$"),
    "ipython-cookbook": ("ipython-books+cookbook-2nd-code",
                         r"^chapter0[14]_[a-z]*/(03_numpy|05_array_copies|06_stride_tricks|07_rolling_average)\.ipynb$"),
    "learn-python3": ("jerry-git+learn-python3", r"^notebooks/(beginner|intermediate)/notebooks/[^/]*\.ipynb$"),
    "ilearn-dl": ("SkalskiP+ILearnDeepLearning.py", r"^01_mysteries_of_neural_networks/0[1-4]_[a-z_]*/[^/]*\.ipynb$"),
    # Added 2026-12-03 (session 24, reach24b)
    "quantecon-python": ("QuantEcon+lecture-python-programming.myst", r"^lectures/(python_by_example|python_essentials|"
                         r"oop_intro|python_oop|functions|names|numpy|python_advanced_features|writing_good_code|"
                         r"debugging)\.md$"),
    # The NumPy-only assignments (the mirror holds no "Python Basics with Numpy"); cells importing their helper
    # modules (`*_utils.py`, `testCases*.py`) are skipped.
    "coursera-dl": ("Kulbear+deep-learning-coursera", r"^[^/]*/(Logistic Regression with a Neural Network mindset|"
                    r"Planar data classification with one hidden layer|Building your Deep Neural Network - Step by Step|"
                    r"Initialization|Regularization|Gradient Checking|Optimization methods|"
                    r"Convolution model - Step by Step - v1)\.ipynb$"),
    "ds-notebooks-numpy": ("donnemartin+data-science-ipython-notebooks",
                           r"^(numpy/[^/]*|python-data/(datetime|functions|structs|structs_utils))\.ipynb$"),
    # Added 2026-12-03 (session 24, reach24a). Chris Albon's notes hold each notebook as a Markdown export beside an
    # empty `.ipynb` stub, so the exports are the source here.
    "chrisalbon-notes": ("chrisalbon+notes", r"^content/code/(python/basics|machine_learning/vectors_matrices_and_arrays)/"
                         r"[a-z_]+\.md$"),
    # Folders 00-09 without the Files notebook and the modules folder (files and `import` of local modules).
    "python-bootcamp": ("Pierian-Data+Complete-Python-3-Bootcamp", r"^0[0-57-9]-[^/]*/\d\d-(?!Files)[^/]*\.ipynb$"),
    # Added 2026-12-03 (session 25, reach25a): pure-Python teaching code. The cheatsheet's pseudo-code blocks
    # (`<list> = <list>[<slice>]`) are cells CPython cannot compile, skipped; wtfpython is Python's edge cases in
    # doctest form; Real Python's exercise solutions run statement by statement.
    "python-cheatsheet": ("gto76+python-cheatsheet", r"^README\.md$"),
    "wtfpython": ("satwikkansal+wtfpython", r"^README\.md$"),
    "python-basics-exercises": ("realpython+python-basics-exercises", r"^ch\d+[^/]*/[^/]*\.py$", "statements"),
    # Added 2026-12-03 (session 25, reach25b). The two machine-learning books read one cell per top-level statement
    # (their first cell imports sklearn or matplotlib beside NumPy, which would skip every cell after it); the book's
    # notebooks are exported beside them as `.py` scripts, which the mirror holds whole (two notebooks are absent).
    "ml-basics": ("zotroneneis+machine_learning_basics", r"^[a-z_]*\.ipynb$", "statements"),
    "python-ml-book": ("rasbt+python-machine-learning-book-3rd-edition",
                       r"^ch(02/ch02|03/ch03|10/ch10|11/ch11|12/ch12|15/ch15_part1)\.py$", "statements"),
    # Pure-Python puzzles and probability that run in seconds and need no data files.
    "pytudes": ("norvig+pytudes", r"^ipynb/(Probability|Sicherman Dice|Cheryl|CherylMind|Coin Flip|TwelveBalls|"
                r"Triplets|Differentiation)\.ipynb$"),
    # session 33, reach33b
    # Corey Schafer's video snippets, the plain-Python ones (Django, Flask, pandas, files and the network left out).
    "corey-snippets": ("CoreyMSchafer+code_snippets", r"^(Closures/closure|Combinations-Permutations/[a-z_]*|"
                       r"Decorators/decorators|EAFP/eafp|FC_Functions/fc_functions|For_Else/find|Generators/square_nums|"
                       r"List_Comp/comprehensions|Memoization/sample|Mutable/[a-z]*|NamedTuples/[a-z_]*|"
                       r"Object-Oriented/[^/]*/[a-z_-]*|Python-(Conditionals|Dicts|Functions|Ints|Lists|Loops|Strings)/"
                       r"intro|Python-Random/random_demo|Python/(Iterators|Itertools)/iter-demo|Python/Python-Sets/sets|"
                       r"Scope/scope|Slicing/slicing|Str_Repr/test2?|String-Formatting/formatting|"
                       r"String Interpolation/test)\.py$", "statements"),
    "python-exercises-zhiwehu": ("zhiwehu+Python-programming-exercises",
                                 r"^100\+ Python challenging programming exercises for Python 3\.md$"),
    # Milan (milaan9)'s Python course, one repository a part: data types, flow control, functions (the built-ins one
    # notebook each; a seaborn notebook left out) and NumPy.
    "milaan9-datatypes": ("milaan9+02_Python_Datatypes", r"^.*\.ipynb$"),
    "milaan9-flow-control": ("milaan9+03_Python_Flow_Control", r"^.*\.ipynb$"),
    "milaan9-functions": ("milaan9+04_Python_Functions", r"^(?!.*Seaborn).*\.ipynb$"),
    "milaan9-numpy": ("milaan9+09_Python_NumPy_Module", r"^.*\.ipynb$"),
    # Real Python's NumPy articles' code (plots and image files left out).
    "realpython-numpy": ("realpython+materials", r"^(numpy-examples/tutorial_code\.ipynb|numpy-random-normal/(dice|"
                         r"normal_distribution|weights)\.py|numpy-reshape/(?!color_image)[a-z_]*\.py|numpy-rng/"
                         r"(?![a-z_]*plot)[a-z_]*\.py|numpy-tutorial/(curve_grades|maclaurin|normal)\.ipynb|"
                         r"python-rounding/rounding_numpy\.py|python-flatten-list/flatten_numpy_flatten\.py)$",
                         "statements"),
    # One chapter: the network's modules first, so the README's code finds them (its data come from sklearn).
    "nn-from-scratch-pangolulu": ("pangolulu+neural-network-from-scratch",
                                  ["gate.py", "layer.py", "output.py", "mlnn.py", "README.md"], "statements"),
    # Added 2026-12-03 (session 26, reach26b)
    # One chapter: the book's `scratch` modules in the book's order, which is also the order they import each other in
    # (a module's `from scratch.x import ...` is dropped, its names already bound). The charts and web-scraping
    # chapters are left out (every statement of them plots or fetches).
    "dsfs": ("joelgrus+data-science-from-scratch",
             ["scratch/" + name + ".py" for name in (
                 "introduction", "crash_course_in_python", "linear_algebra", "statistics", "probability", "inference",
                 "gradient_descent", "working_with_data", "machine_learning", "k_nearest_neighbors", "naive_bayes",
                 "simple_linear_regression", "multiple_regression", "logistic_regression", "decision_trees",
                 "neural_networks", "deep_learning", "clustering", "nlp", "nlp_advanced", "network_analysis",
                 "recommender_systems", "databases", "mapreduce")], "statements"),
    # Nielsen's two NumPy networks (the third needs Theano, test.py loads MNIST, the README holds no code).
    "dlpython-nielsen": ("MichalDanielDobrzanski+DeepLearningPython", r"^network2?\.py$", "statements"),
    # autodidact's modules cannot run as one chapter before its README (its NumPy wrapper copies `numpy.__dict__`
    # into `globals()` and reads `numpy.int`, gone since NumPy 1.24), so each file is its own chapter and the README
    # and examples run on the real autograd.
    "autodidact": ("mattjj+autodidact", r"^(README\.md|examples/[^/]*\.py|notebooks/[^/]*\.ipynb|autograd/.*\.py)$",
                   "statements"),
    # Added 2026-12-03 (session 26, reach26a): the official Python tutorial and two HOWTOs, reST doctests. CPython's
    # repository is too large to mirror, so `python+cpython-docs` is a one-commit repository made by hand from the
    # reST sources (`html/_sources/*.rst.txt`, verbatim) of Debian's python3.11-doc 3.11.2 package: Doc/tutorial/*.rst
    # and Doc/howto/{sorting,functional}.rst, written under their CPython paths, `git init`, committed, cloned bare.
    "python-tutorial": ("python+cpython-docs", r"^Doc/tutorial/[a-z0-9]*\.rst$"),
    "python-howto": ("python+cpython-docs", r"^Doc/howto/(sorting|functional)\.rst$"),
    # Added 2026-12-03 (session 27, reach27a): CPython's library reference pages for the builtins and the modules of the
    # language, reST doctests read as python-tutorial's are. A second commit of `python+cpython-docs`, made the same
    # way from the same package: Doc/library/{stdtypes,functions,itertools,collections,functools,operator,string,heapq,
    # bisect,math,copy,dataclasses,textwrap,fractions,statistics,enum,exceptions,random,re,json}.rst (datetime.rst is
    # left out: its examples read the clock). `random` is deterministic here because a chapter starts seeded with 0.
    "python-library": ("python+cpython-docs", r"^Doc/library/[a-z0-9]*\.rst$"),
    # Added 2026-12-03 (session 27, reach27b)
    # Lessons written as pytest functions full of `assert`s, each `test_*` function called after its definition. Left
    # out: files/ (reads and writes files), user_input/ (input()), standard_libraries/test_glob.py (lists files) and
    # modules/ (imports the lesson's own module files); cells using pytest (`pytest.raises`) are skipped as imports.
    "learn-python": ("trekhleb+learn-python", r"^src/(?!files/|user_input/|modules/)[a-z_]*/"
                     r"test_(?!glob\.py)[a-z_]*\.py$", "tests"),
    # A module's code (its `if __name__ == "__main__":` block dropped), then its docstrings' doctests run against it;
    # maths/ and sorts/ hold about 2,000 statements (conversions/ and strings/ would add 1,100 more).
    # Modules importing a package outside the standard library other than NumPy are skipped whole; statements slower
    # than a second in CPython are left out and the chapter recorded again without them.
    "thealgorithms": ("TheAlgorithms+Python", r"^(maths|sorts)/[^/]*\.py$", "doctests"),
    # Added 2026-12-03 (session 28, reach28a)
    # Akuli's tutorial: Markdown whose `python` blocks are REPL sessions (`>>>`) or short scripts.
    "akuli-tutorial": ("Akuli+python-tutorial", r"^(basics|advanced)/[a-z-]*\.md$"),
    # Deep Learning with Python's chapter 2 (third and second editions): NumPy tensors, the Keras cells skipped.
    "dlwp-ch02": ("fchollet+deep-learning-with-python-notebooks",
                  r"^(second_edition/)?chapter02_mathematical-building-blocks\.ipynb$", "statements"),
    # A computational graph with backpropagation written in NumPy, one notebook.
    "tensorslow": ("danielsabinasz+TensorSlow", r"^jupyter_notebook/NeuralNetworks\.ipynb$", "statements"),
    # Zero to GPT's explanations: softmax, dense layers, RNNs and their gradients derived by hand in NumPy (the cells
    # reading its CSV data are skipped, and the cells that need their rows).
    "zero-to-gpt": ("VikParuchuri+zero_to_gpt", r"^explanations/[a-z_]*\.ipynb$", "statements"),
    # Python Crash Course's programs for chapters 2-9 (the later ones draw, read files or need pygame), each a script.
    "pcc3e": ("ehmatthes+pcc_3e", r"^chapter_0[2-9]/(partial_programs/)?[^/]*\.py$"),
    # Raschka's Python reference: Python's less obvious behaviour, truth values, scopes, NaN in NumPy, regular
    # expressions and design patterns (the Python 2 notebooks, benchmarks, pandas and sqlite ones left out).
    "python-reference": ("rasbt+python_reference", r"^(tutorials/(not_so_obvious_python_stuff|python_true_false|"
                         r"scope_resolution_legb_rule|numpy_nan_quickguide|useful_regex)|python_patterns/patterns)"
                         r"\.ipynb$"),
    # Tufts' COMP 135 (fall 2020) labs: numerical Python, gradient descent, logistic regression, backpropagation,
    # stochastic gradient descent and autograd, read one cell per statement (beside sklearn and matplotlib).
    "tufts-comp135": ("tufts-ml-courses+comp135-20f-assignments", r"^labs/day(01-IntroToNumericalPython|"
                      r"06_GradientDescent|09_LogisticRegression|11_Backpropagation|12_StochasticGradientDescent|"
                      r"23_AutogradForGradientDescent)[^/]*\.ipynb$", "statements"),
    # Added 2026-12-03 (session 29, reach29a)
    # Understanding Deep Learning's notebooks: shallow and deep networks, losses, line search, gradient descent, SGD,
    # momentum, Adam, backpropagation by hand, initialization, regularization, convolution and attention in NumPy,
    # read one cell per statement (the cells using torch or the MNIST-1D download are skipped).
    "udlbook": ("udlbook+udlbook", r"^Notebooks/Chap(0[1-9]|1[0-2])/[^/]*\.ipynb$", "statements"),
    # Python design patterns, each module's code then its docstrings' doctests.
    "python-patterns": ("faif+python-patterns", r"^patterns/(?!__init__)([a-z_]*/)?[a-z_]*\.py$", "doctests"),
    # Beazley's Practical Python course notes: Markdown whose `python` blocks are REPL sessions or short scripts
    # (sequences, collections, classes, special methods, generators, closures, decorators).
    "practical-python": ("dabeaz-course+practical-python", r"^Notes/0[1-9]_[A-Za-z_]*/\d\d_[A-Za-z_]*\.md$"),
    # Interview-prep coding challenges: the solution notebooks' code (their unittest cells are skipped as imports).
    "coding-challenges": ("donnemartin+interactive-coding-challenges",
                          r"^(arrays_strings|linked_lists|stacks_queues|sorting_searching|recursion_dynamic|"
                          r"bit_manipulation|math_probability|graphs_trees)/[^/]*/[^/]*_solution\.ipynb$"),
    # Added 2026-12-03 (session 30, reach30a): Python-language-heavy code nobody had tuned on. Fluent Python's doctests
    # (its chapters on concurrency, async, dynamic attributes, descriptors and metaclasses left out), a notebook of
    # language tips, and an algorithms collection's docstring examples.
    "fluent-python": ("fluentpython+example-code-2e", r"^(0[1-9]|1[0-8])-[a-z0-9-]*/([^/]*/)*(?!examples_test)"
                      r"[^/]*\.(py|rst)$", "doctests"),
    "python-is-cool": ("chiphuyen+python-is-cool", r"^cool-python-tips\.ipynb$"),
    "keon-algorithms": ("keon+algorithms", r"^algorithms/[a-z_]*/(?!__init__)[a-z_0-9]*\.py$", "doctests"),
    # Added 2026-12-03 (session 30, reach30b): NumPy-heavy code nobody here had tuned on.
    # numpy-ml's modules (NumPy implementations of models, layers, losses, schedulers, preprocessing), each module's
    # code then its docstrings' doctests; modules importing scipy or torch are skipped whole, and a relative import of
    # the package's own helpers skips the statements that need them.
    "numpy-ml": ("ddbourgin+numpy-ml", r"^numpy_ml/(?!tests/|plots/)[a-z_/0-9]*\.py$", "doctests"),
    # fast.ai's Computational Linear Algebra notebooks, one cell per statement (the scipy, sklearn and torch cells and
    # the data they load are skipped).
    "numerical-linear-algebra": ("fastai+numerical-linear-algebra", r"^nbs/[^/]*\.ipynb$", "statements"),
    # John Wittenauer's NumPy, language and Monte Carlo / Markov chain / dynamic programming notebooks.
    "wittenauer-notebooks": ("jdwittenauer+ipython-notebooks", r"^notebooks/(libraries/NumPy|language/Intro|"
                             r"misc/(DynamicProgramming|MarkovChains|MonteCarlo|CodeOptimization))\.ipynb$",
                             "statements"),
    # The Lazy Programmer's course scripts in NumPy: the NumPy exercises, linear and logistic regression by gradient
    # descent and a network's forward and backward passes, one statement at a time (plots and CSV reads skipped).
    "lazyprogrammer-ml": ("lazyprogrammer+machine_learning_examples", r"^(numpy_class/exercises/ex\d|"
                          r"logistic_regression_class/[a-z0-9_]*|linear_regression_class/(gd|gradient_descent|"
                          r"l[12]_regularization|overfitting)|ann_class/(forwardprop|backprop|xor_donut))\.py$",
                          "statements"),
    # Added 2026-12-04 (session 31, reach31b): Python-language-heavy code nobody here had tuned on.
    # 30 seconds of Python's snippet pages: a function in one `py` block, calls of it in the next (one chapter each).
    "30-seconds-of-python": ("30-seconds+30-seconds-of-python", r"^snippets/[a-z0-9_]*\.md$"),
    # The Python Cookbook's (3rd edition) example scripts for data structures, strings, numbers, iterators, functions,
    # classes and metaprogramming, one statement at a time (the scripts reading files or sockets are skipped).
    "python-cookbook": ("dabeaz+python-cookbook", r"^src/[1-4789]/[^/]*/[^/]*\.py$", "statements"),
    # Data Structures and Information Retrieval in Python: linked lists, hash maps, heaps, trees, graphs, searches,
    # recursion and generators in plain Python (the Redis, web-crawling and timing notebooks left out).
    "dsirp": ("AllenDowney+DSIRP", r"^notebooks/(?!crawler|indexer|redis|time_redis|timing|philosophy|analysis)"
              r"[a-z0-9_]*\.ipynb$", "statements"),
    # One chapter: more-itertools' recipes module then its main module (whose `from .recipes import ...` is dropped,
    # its names already bound), each module's code then its docstrings' doctests.
    "more-itertools": ("more-itertools+more-itertools", ["more_itertools/recipes.py", "more_itertools/more.py"],
                       "doctests"),
    # Added 2026-12-04 (session 31, reach31a): NumPy and machine-learning code nobody here had tuned on, one cell per
    # top-level statement. Eli Bendersky's samples: numerical gradients, softmax, linear and logistic regression,
    # NumPy shapes and the cs231n classifiers (their unittest files, data loaders and scripts left out).
    "eliben-dl-samples": ("eliben+deep-learning-samples", r"^(gradients/[a-z]*|softmax/softmax|linear-regression/"
                          r"(simple|multiple)_linear_regression|logistic-regression/regression_lib|numpy-shapes-tutorial/"
                          r"[a-z]*|cs231n/(linear_svm|softmax|neural_net|k_nearest_neighbor|math_utils|linear_classifier))"
                          r"\.py$", "statements"),
    # Sutton and Barto's examples in NumPy and plain Python (bandits, grid worlds, dynamic programming, Monte Carlo,
    # TD learning, tile coding); their figure functions plot and are skipped, the environments and agents run.
    "rl-intro": ("ShangtongZhang+reinforcement-learning-an-introduction", r"^chapter\d\d/[a-z_]*\.py$", "statements"),
    # A machine-learning course's NumPy notebooks (array creation, indexing, operations, reading arrays).
    "tirthajyoti-numpy": ("tirthajyoti+Machine-Learning-with-Python",
                          r"^Pandas and Numpy/Numpy_(operations|Reading|Pandas_Quick)\.ipynb$", "statements"),
    # Lorena Barba's 12 steps to Navier-Stokes: finite differences on NumPy arrays, loops and slices (the sympy and
    # plotting cells skipped).
    "cfd-python": ("barbagroup+CFDPython", r"^lessons/\d\d_[A-Za-z_0-9]*\.ipynb$", "statements"),
    # Kyle Mandli's numerical methods course: Python and NumPy, floating-point error, root finding, interpolation,
    # differentiation, quadrature, ODEs and linear algebra in NumPy (the scipy cells skipped).
    "numerical-methods": ("mandli+intro-numerical-methods", r"^(0[1-9]|1[0-6]|10\.1)_[A-Za-z_0-9]*\.ipynb$",
                          "statements"),
    # Added 2026-12-04 (session 32, reach32b): NumPy and plain-Python tutorial code nobody here had tuned on, one cell
    # per top-level statement. JetBrains Academy's NumPy course: each task a short script printing its arrays under
    # `if __name__ == '__main__':` (its tests and the file-reading task left out).
    "jetbrains-numpy": ("jetbrains-academy+Python-Libraries-NumPy", r"^NumPy/[^/]*/(?!Reading and Writing)[^/]*/"
                        r"(task|main)\.py$", "statements"),
    # Scott Sanderson's PyCon 2018 NumPy tutorial: the lecture and the exercises' solutions (arrays, ufuncs,
    # selections, reductions, broadcasting, strides).
    "numerical-computing-pycon": ("ssanderson+foundations-of-numerical-computing",
                                  r"^ansible/files/materials/(0-Lecture|\d-[^/]*\(Solutions\)|7-[^/]*)\.ipynb$",
                                  "statements"),
    # Tanu Nanda Prabhu's notebooks: machine-learning algorithms written from scratch in NumPy (k-means, GMM, PCA,
    # naive Bayes, trees, SVM, Q-learning, ...), the NumPy notebooks, and the Python basics (plots skipped).
    "tanu-ml-from-scratch": ("Tanu-N-Prabhu+Python", r"^(Machine Learning Interview Prep Questions/.*|Machine Learning/"
                             r"00_foundations/[^/]*|Numpy/[^/]*|How_to_Efficiently_Compute_Euclidean[^/]*)\.ipynb$",
                             "statements"),
    "tanu-python": ("Tanu-N-Prabhu+Python", r"^(Python/0[1-9]_[^/]*/[^/]*|Python/10_OOP/[^/]*|[A-Z][A-Za-z_]*(Principle|"
                    r"Inheritance|Comprehensions|function|Answers|Demeter)[A-Za-z_]*)\.ipynb$", "statements"),
    # Hands-on ML's second edition where it differs from the third's: its linear algebra notebook, its gradient
    # descent comparison and its linear models chapter (the sklearn cells skipped).
    "handson-ml2": ("ageron+handson-ml2", r"^(math_linear_algebra|extra_gradient_descent_comparison|"
                    r"04_training_linear_models)\.ipynb$", "statements"),
    # Udacity's deep learning course, its NumPy parts: attention scores, gradient descent, sentiment network.
    "udacity-dl-numpy": ("udacity+deep-learning-v2-pytorch", r"^(attention/Attention_Basics_Solution|intro-neural-"
                         r"networks/[^/]*/[A-Za-z]*Solutions)\.ipynb$", "statements"),
    # Added 2026-12-04 (session 32, reach32a): teaching code nobody here had tuned on.
    # Python Like You Mean It: Markdown (jupytext) chapters on the language, NumPy and classes (its getting-started,
    # matplotlib and files chapters left out).
    "learning-python": ("rsokl+Learning_Python", r"^Python/Module([234]_[A-Za-z]*|5_OddsAndEnds/Writing_Good_Code)"
                        r"(/Problems)?/[A-Za-z_]*\.md$"),
    # Software Carpentry's inflammation lessons: NumPy, lists, loops, conditionals, functions, errors (the statements
    # loading the lesson's data files are skipped, and those reading what they load).
    "swc-inflammation": ("swcarpentry+python-novice-inflammation",
                         r"^episodes/(0[124578]|09|1[01])-[a-z]*\.md$"),
    # Jon Krohn's linear algebra and calculus notebooks in NumPy, one cell per statement (their torch and tensorflow
    # cells skipped).
    "ml-foundations": ("jonkrohn+ML-foundations", r"^notebooks/([1-4]-[a-z-]*|7-algos-and-data-structures|"
                       r"8-optimization)\.ipynb$", "statements"),
    # Its probability and statistics notebooks: NumPy's legacy random draws, counting and summary statistics (the
    # scipy, pandas and seaborn cells skipped).
    "ml-foundations-stats": ("jonkrohn+ML-foundations", r"^notebooks/[56]-[a-z-]*\.ipynb$", "statements"),
    # Patrick Loeber's NumPy models (their demos under `if __name__ == "__main__":` load sklearn's data, skipped).
    "mlfromscratch-loeber": ("patrickloeber+MLfromscratch", r"^mlfromscratch/(?!__init__|load_data)[a-z_]*\.py$",
                             "statements"),
    # Michael Galarnyk's Python basics notebooks (the timing and file-reading ones left out).
    "galarnyk-basics": ("mGalarnyk+Python_Tutorials", r"^Python_Basics/(Intro/(?!PythonBasicsWordCountReading)"
                        r"[A-Za-z0-9_]*|Anagram/AnagramsPython|Prime_Numbers/PrimeNumbersPython)\.ipynb$"),
    # Added 2026-12-04 (session 34, reach34a): tutorial code nobody here had tuned on, one cell per top-level
    # statement. Grokking Deep Learning's chapters: networks, gradient descent, backpropagation, regularization,
    # activations and chapter 13's autograd framework in NumPy (the cells reading MNIST or the text files skipped).
    "grokking-dl": ("iamtrask+Grokking-Deep-Learning", r"^Chapter\d+ - [^/]*\.ipynb$", "statements"),
    # Welch Labs' Neural Networks Demystified: a two-layer network, its forward pass, backpropagation, numerical
    # gradient checking and training (the scipy optimizer and the plots skipped).
    "nn-demystified": ("stephencwelch+Neural-Networks-Demystified", r"^Part \d [^/]*\.ipynb$", "statements"),
    # Lorena Barba's Engineering Computations, modules 1 and 2: Python, strings, lists, NumPy arrays, linear
    # regression and statistics (the cells reading the CSV data, pandas and the plots skipped).
    "engcomp1": ("engineersCode+EngComp1_offtheground", r"^notebooks_en/[^/]*\.ipynb$", "statements"),
    "engcomp2": ("engineersCode+EngComp2_takeoff", r"^notebooks_en/[^/]*\.ipynb$", "statements"),
    # Modules 3 to 5: motion and Euler's method, oscillations, linear algebra (transformations, eigenvectors, SVD) and
    # complex numbers and Fourier series in NumPy (their plotting helpers' cells skipped).
    "engcomp3": ("engineersCode+EngComp3_flyatchange", r"^notebooks_en/[^/]*\.ipynb$", "statements"),
    "engcomp4": ("engineersCode+EngComp4_landlinear", r"^notebook_en/[^/]*\.ipynb$", "statements"),
    "engcomp5": ("engineersCode+EngComp5_surfourier", r"^notebooks_en/[^/]*\.ipynb$", "statements"),
    # Morten Hjorth-Jensen's machine-learning lecture notes (the MSU course; the main repository is too large to
    # mirror): regression, logistic regression, gradient methods, neural networks and Bayesian statistics in NumPy,
    # beside sklearn, whose statements are skipped.
    "compphysics-ml": ("CompPhysics+MachineLearningMSU", r"^doc/pub/(Introduction|Regression|LogReg|GradientOptim|"
                       r"NeuralNet|Bayesian)/ipynb/[A-Za-z]*\.ipynb$", "statements"),
    # Roger Labbe's Kalman and Bayesian Filters in Python (an older copy; the original is too large to mirror): the
    # g-h filter, discrete Bayes, Gaussians and Kalman filters in NumPy (filterpy and the book's plotting helpers
    # skipped, with the statements needing them).
    "kalman-filters": ("odewahn+Kalman-and-Bayesian-Filters-in-Python", r"^(0[1-9]|1[0-6])_[A-Za-z_-]*\.ipynb$",
                       "statements"),
    # Hjorth-Jensen's advanced machine-learning course, weeks 1-9: networks, backpropagation, RNNs and autoencoders in
    # NumPy and autograd, beside torch and tensorflow, whose statements are skipped (two notebooks of the mirror are
    # absent, so only the weekly notes are read).
    "compphysics-advanced-ml": ("CompPhysics+AdvancedMachineLearning", r"^doc/pub/week[1-9]/ipynb/week\d\.ipynb$",
                                "statements"),
    # Added 2026-12-04 (session 34, reach34b): NumPy and backpropagation teaching code nobody here had tuned on, one
    # cell per top-level statement. Deep Learning from Scratch (O'Reilly Japan), one chapter: its `common` modules
    # first (activations, layers with forward and backward passes, numerical gradients, optimizers, the multi-layer
    # nets), then the chapters' scripts that need no MNIST (the gates, the layers, the gradient checks).
    "dl-from-scratch": ("oreilly-japan+deep-learning-from-scratch",
                        ["common/" + name + ".py" for name in (
                            "functions", "util", "gradient", "layers", "optimizer", "multi_layer_net",
                            "multi_layer_net_extend")] +
                        ["ch01/hungry.py", "ch01/man.py", "ch02/and_gate.py", "ch02/nand_gate.py", "ch02/or_gate.py",
                         "ch02/xor_gate.py", "ch03/relu.py", "ch03/sigmoid.py", "ch03/step_function.py",
                         "ch04/gradient_1d.py", "ch04/gradient_2d.py", "ch04/gradient_method.py",
                         "ch04/gradient_simplenet.py", "ch04/two_layer_net.py", "ch05/layer_naive.py",
                         "ch05/buy_apple.py", "ch05/buy_apple_orange.py", "ch05/two_layer_net.py",
                         "ch06/optimizer_compare_naive.py", "ch06/weight_init_activation_histogram.py",
                         "ch07/simple_convnet.py", "ch08/deep_convnet.py"], "statements"),
    # Its second volume (recurrent networks and word vectors), one chapter the same way: `common` (without
    # `common/np.py`, which imports NumPy or CuPy inside an `if`: the chapter's own `np` stands for it), the spiral
    # data set it generates, then the scripts that need no text corpus.
    "dl-from-scratch-2": ("oreilly-japan+deep-learning-from-scratch-2",
                          ["common/" + name + ".py" for name in (
                              "config", "functions", "util", "layers", "optimizer", "time_layers", "base_model")] +
                          ["dataset/spiral.py", "ch01/forward_net.py", "ch01/two_layer_net.py",
                           "ch01/train_custom_loop.py", "ch02/similarity.py", "ch02/count_method_small.py",
                           "ch02/ppmi.py", "ch03/cbow_predict.py", "ch03/simple_cbow.py", "ch03/simple_skip_gram.py",
                           "ch04/negative_sampling_layer.py", "ch05/simple_rnnlm.py", "ch06/clip_grads.py",
                           "ch06/rnn_gradient_graph.py", "ch07/seq2seq.py", "ch07/peeky_seq2seq.py",
                           "ch08/attention_layer.py"], "statements"),
    # Its third volume's steps: DeZero, an automatic differentiation framework grown a step a file on NumPy
    # (the steps importing the finished `dezero` package are skipped).
    "dezero-steps": ("oreilly-japan+deep-learning-from-scratch-3", r"^steps/step\d\d\.py$", "statements"),
    # Justin Johnson's PyTorch examples: the NumPy warm-up, a two-layer network trained by hand for 500 steps.
    "pytorch-examples-numpy": ("jcjohnson+pytorch-examples", r"^tensor/two_layer_net_numpy\.py$", "statements"),
    # UCL's research software engineering course (jupytext percent scripts): Python, containers, comprehensions,
    # classes, functional programming, iterators, exceptions, operators, metaprogramming, NumPy and the Boids.
    "ucl-rsd": ("UCL+rsd-engineeringcourse", r"^(ch01python/[^/]*|ch02data/08[24][A-Za-z]*|ch05construction/[^/]*|"
                r"ch07dry/[^/]*|ch08performance/0(15|20)[a-z]*)\.ipynb\.py$", "statements"),
    # Morvan Zhou's Python basics scripts (zip, lambda, map, copy, sets, regular expressions).
    "morvan-basic": ("MorvanZhou+tutorials", r"^basic/(29|30|35|36)_[A-Za-z_]*\.py$", "statements"),
    # Added 2026-12-04 (session 35, reach35): published tutorial code nobody here had tuned on, one cell per top-level
    # statement. Langtangen's A Primer on Scientific Programming with Python, its fourth edition's programs (the
    # chapters on input, files, plots and Cython left out; the scripts reading `sys.argv` or files skip those
    # statements).
    "scipro-primer": ("hplgit+scipro-primer", r"^src-4th/(formulas|looplist|funcif|dictstring|class|oo|random|"
                      r"discalc|diffeq|ode1|ode2|misc|boxspring)/[^/]*\.py$", "statements"),
    # Cornell's CS 5785 (applied machine learning, 2020) lecture notebooks: regression, maximum likelihood, naive
    # Bayes, SVMs, kernels, neural networks, clustering and PCA in NumPy beside sklearn (whose statements skip).
    "cornell-cs5785": ("kuleshov+cornell-cs5785-2020-applied-ml", r"^notebooks/lecture\d+[a-z]?-[a-z-]*\.ipynb$",
                       "statements"),
    # Unpingco's Python for Probability, Statistics and Machine Learning: NumPy's random draws, Monte Carlo,
    # bootstrap, regression (the scipy, sympy and sklearn statements skip).
    "unpingco-pspml": ("unpingco+Python-for-Probability-Statistics-and-Machine-Learning",
                       r"^chapters/[a-z_]*/notebooks/[A-Za-z_]*\.ipynb$", "statements"),
    # One chapter: Homemade Machine Learning's NumPy models, the feature helpers first (the modules' relative imports
    # of one another are dropped; their notebooks read CSV files with pandas and are left out).
    "homemade-ml": ("trekhleb+homemade-machine-learning",
                    ["homemade/utils/features/" + name + ".py" for name in (
                        "normalize", "generate_sinusoids", "generate_polynomials", "prepare_for_training")] +
                    ["homemade/utils/hypothesis/sigmoid.py", "homemade/utils/hypothesis/sigmoid_gradient.py",
                     "homemade/linear_regression/linear_regression.py",
                     "homemade/logistic_regression/logistic_regression.py", "homemade/k_means/k_means.py",
                     "homemade/anomaly_detection/gaussian_anomaly_detection.py",
                     "homemade/neural_network/multilayer_perceptron.py"], "statements"),
    # Andrew Ng's machine-learning exercises in Python (fengdu78's notes): NumPy cost functions and gradients (their
    # pandas and scipy.io data loading skip, and the statements reading the data).
    "andrewng-notes": ("fengdu78+Coursera-ML-AndrewNg-Notes", r"^code/ex\d-[^/]*/ML-Exercise\d\.ipynb$", "statements"),
    # Hjorth-Jensen's Computational Physics 2 lecture notes: regression, gradient methods, resampling, neural
    # networks, Boltzmann machines and variational Monte Carlo in NumPy and autograd.
    "compphysics2": ("CompPhysics+ComputationalPhysics2", r"^doc/LectureNotes/[a-z]*\.ipynb$", "statements"),
    # Think Complexity's chapters: graphs, cellular automata, the game of life, sand piles, agents (networkx and the
    # book's plotting modules skip, with the statements needing them).
    "thinkcomplexity2": ("AllenDowney+ThinkComplexity2", r"^notebooks/(chap\d\d|appA|distributions|fft|mergesort|"
                         r"nkmodel)\.ipynb$", "statements"),
    # The reST edition of the Scipy Lecture Notes' NumPy chapter and its exercise solutions (the Markdown edition,
    # scientific-python-lectures, is the "scipy-lectures" corpus).
    "scipy-lecture-notes-rst": ("scipy-lectures+scipy-lecture-notes", r"^intro/numpy/([a-z_]*\.rst|solutions/"
                                r"(1_0_prime_sieve|1_1_array_creation|1_3_tiling|2_1_matrix_manipulations|"
                                r"2_3_crude_integration|2_5_markov_chain)\.py)$"),
    # Added 2026-12-04 (session 36, reach36): NumPy-heavy tutorial code nobody here had tuned on, one cell per
    # top-level statement. Hadrien Jean's notes on the Deep Learning Book's linear algebra and probability chapters:
    # vectors, matrices, norms, eigendecomposition, SVD, the pseudoinverse, PCA in NumPy (the plots skipped).
    "dlbook-notes": ("hadrienj+deepLearningBook-Notes", r"^[23]\.[0-9 .-]*[^/]*/[^/]*\.ipynb$", "statements"),
    # Hans Fangohr's Introduction to Python for Computational Science and Engineering: the language chapters and the
    # numerical and NumPy ones (the symbolic, plotting, scipy, pandas and shell chapters left out).
    "fangohr-intro": ("fangohr+introduction-to-python-for-computational-science-and-engineering",
                      r"^book/(0[2-46-9]|10|13|14)-[a-z-]*\.ipynb$", "statements"),
    # QuantEcon's introductory lectures (MyST): linear equations, eigenvalues, Markov chains, series, dynamics and
    # Monte Carlo in NumPy (the matplotlib, scipy, quantecon and pandas statements skip).
    "quantecon-intro": ("QuantEcon+lecture-python-intro", r"^lectures/(eigen_I|eigen_II|linear_equations|"
                        r"markov_chains_I|markov_chains_II|geom_series|complex_and_trig|lln_clt|monte_carlo|pv|"
                        r"cons_smooth|tax_smooth|input_output|short_path|ar1_processes|scalar_dynam|cobweb|solow|olg|"
                        r"lake_model|mle|prob_dist|heavy_tails|time_series_with_matrices|simple_linear_regression|"
                        r"schelling|greek_square|money_inflation|cagan_ree|cagan_adaptive|unpleasant|"
                        r"inequality|mobility|bayes_intro)\.md$", "statements"),
    # Ethen Liu's machine-learning notes, the notebooks written in NumPy and plain Python: k-means, GMM, PCA, SVD,
    # softmax, a genetic algorithm, bandits, regularization, logistic regression, KL divergence, ALS and the Python
    # notes (their sklearn, scipy and pandas statements skip).
    "ethen-ml": ("ethen8181+machine-learning", r"^(clustering/(kmeans|GMM/GMM)|dim_reduct/(PCA|svd)|"
                 r"deep_learning/softmax|ga/ga|reinforcement_learning/multi_armed_bandits|regularization/regularization|"
                 r"text_classification/logistic|model_selection/kl_divergence|recsys/1_ALSWR|trees/decision_tree|"
                 r"python/(algorithms/[a-z_]*|class|decorators/decorators|iterator/iterator|factory_pattern|"
                 r"python3_cookbook/[a-z0-9_]*))\.ipynb$", "statements"),
    # TheAlgorithms' NumPy modules: linear algebra (elimination, LU, Jacobi, conjugate gradient, power iteration),
    # activation functions and the machine-learning helpers, each module's code then its docstrings' doctests
    # (modules importing sklearn, scipy, pandas or tensorflow skip whole).
    "thealgorithms-numpy": ("TheAlgorithms+Python", r"^(linear_algebra/(src/)?[a-z_]*|neural_network/"
                            r"(activation_functions/[a-z_]*|back_propagation_neural_network|"
                            r"two_hidden_layers_neural_network|convolution_neural_network)|machine_learning/"
                            r"(automatic_differentiation|decision_tree|gradient_descent|k_nearest_neighbours|"
                            r"linear_regression|logistic_regression|loss_functions|principle_component_analysis|"
                            r"scoring_functions|similarity_search|local_weighted_learning/local_weighted_learning|"
                            r"t_stochastic_neighbour_embedding|k_means_clust|dimensionality_reduction))\.py$",
                            "doctests"),
    # NumPy's own docstring examples for the modules the first docstring corpus left out: the FFT and polynomials.
    "numpy-docstrings-fft-poly": ("numpy+numpy", r"^numpy/(fft|polynomial)/[^/]*\.py$", "docstrings"),
    # Johansson's Numerical Python (its code listings): NumPy arrays, linear algebra, equations, optimization,
    # interpolation, integration, ODEs, FFT and statistics beside SymPy and SciPy (whose statements skip).
    "numerical-python-book": ("jrjohansson+numerical-python-book-code", r"^ch(0[1-9]|1[0-9])-code-listing\.ipynb$",
                              "statements"),
    # Mark Bakker's Exploratory Computing with Python: arrays, loops, functions, root finding, linear systems, random
    # variables, hypothesis tests, classes and regression, the solutions' notebooks (pandas's skipped).
    "exploratory-computing": ("mbakker7+exploratory_computing_with_python",
                              r"^notebook(1[0-3]?|[2-79])_[a-z_]*/py_exploratory_comp_\d+_sol\.ipynb$", "statements"),
    # DeepLearning.AI's Mathematics for Machine Learning and Data Science labs and assignments: NumPy arrays, linear
    # systems, vectors, matrix products, transformations, derivatives, gradient descent, Newton's method, perceptrons
    # and probability simulations (the cells needing their helper modules skip).
    "math-for-ml": ("greyhatguy007+Mathematics-for-Machine-Learning-and-Data-Science-Specialization-Coursera",
                    r"^C[123]/w\d/.*\.ipynb$", "statements"),
    # session 37:
    # Danny Friedman's Machine Learning from Scratch (the book's code notebooks): OLS, regularized and Bayesian
    # regression, GLMs, discriminative and generative classifiers, trees, ensembles and neural networks in NumPy (the
    # cells loading scikit-learn's data sets skip).
    "mlbook-friedman": ("dafriedman97+mlbook", r"^content/c[1-7]/(code|construction|s2/[a-z_]*)\.ipynb$", "statements"),
    # Imperial College's Numerical Methods I notebooks: computer arithmetic, root finding, curve fitting, linear
    # systems and quadrature in NumPy (SciPy's statements skip).
    "nummet-imperial": ("philippslang+nummet_I", r"^(?!Introduction|LoadingPlotting)[A-Za-z_0-9]*\.ipynb$",
                        "statements"),
    # Gert-Ludwig Ingold's EuroSciPy NumPy tutorial (its solved notebook): creation, indexing, broadcasting, ufuncs,
    # views and strides, random numbers, linear algebra.
    "euroscipy-numpy": ("gertingold+euroscipy-numpy-tutorial", r"^numpy-tutorial-solved\.ipynb$", "statements"),
    # Cyrille Rossant's IPython minibook (2nd edition): its Python primer, ten notebook examples and the NumPy
    # chapter (pandas's cells skip).
    "ipython-minibook": ("ipython-books+minibook-2nd-code", r"^chapter(1/1[45]-[a-z]*|3/3[1-4]-[a-z]*)\.ipynb$",
                         "statements"),
    # Allen Downey's Think Bayes 2 chapters: probability, Bayes tables and grid posteriors with NumPy (the statements
    # needing pandas, SciPy or empiricaldist skip).
    "thinkbayes2": ("AllenDowney+ThinkBayes2", r"^notebooks/chap\d\d\.ipynb$", "statements"),
    # Allen Downey's Think Stats 2 solutions: the statements outside its thinkstats2 module, pandas and SciPy.
    "thinkstats2": ("AllenDowney+ThinkStats2", r"^solutions/chap\d\dsoln\.ipynb$", "statements"),
    # Elegant SciPy (Nunez-Iglesias, van der Walt, Dashnow): its chapters' code, NumPy arrays, strides, image and
    # signal code beside SciPy and scikit-image (whose cells skip).
    "elegant-scipy": ("elegant-scipy+elegant-scipy", r"^markdown/ch[1-8]\.markdown$"),
    # Praveen Chandrashekar's Numerical Analysis notes (TIFR-CAM): interpolation, Chebyshev points, quadrature, root
    # finding, linear solvers and ODE steppers in NumPy.
    "numerical-analysis-tifr": ("cpraveen+na", r"^[a-z_]*/[a-z_0-9]*\.ipynb$", "statements"),
    # session 39:
    # Concordia's COMP 361 Numerical Methods lectures (after Kiusalaas): Gauss elimination, LU and Cholesky,
    # interpolation, root finding, numerical differentiation and integration, ODEs in NumPy.
    "numerical-methods-concordia": ("tgteacher+numerical-methods", r"^notebooks/(Chapter\d(-extra)?|Matrix-algebra)"
                                    r"\.ipynb$", "statements"),
    # Simone Brugiapaglia's Numerical Analysis notebooks (Concordia MAST 334): floating point, convergence,
    # bisection, fixed point, Newton, Aitken, interpolation, splines, least squares, Fourier, quadrature, Euler.
    "numerical-analysis-brugiapaglia": ("simone-brugiapaglia+numerical-analysis-notebooks", r"^\d\d_[A-Za-z_]*\.ipynb$",
                                        "statements"),
    # Kyle Beggs's undergraduate Numerical Methods in Python: round-off, iterative root finding, Gauss elimination.
    "numerical-methods-beggs": ("kylebeggs+Numerical-Methods-in-Python", r"^\d-[a-z-]*\.ipynb$", "statements"),
    # Sascha Spors's Digital Signal Processing lecture: random signals, quantization, spectral analysis with np.fft,
    # windows, fast convolution and filters (scipy.signal's statements skip).
    "dsp-lecture-spors": ("spatialaudio+digital-signal-processing-lecture", r"^(?!index)[a-z_]*/[a-z_]*\.ipynb$",
                          "statements"),
    # José Unpingco's Python for Signal Processing notebooks: Fourier transforms, sampling, windowing, filtering,
    # projections, estimation and Monte Carlo in NumPy.
    "signal-processing-unpingco": ("unpingco+Python-for-Signal-Processing", r"^[A-Za-z_0-9]*\.ipynb$", "statements"),
    # Peter Roelants's blog notebooks: neural networks and a recurrent network implemented in NumPy, cross-entropy,
    # Gaussian processes, bandits and the multivariate normal.
    "roelants-notebooks": ("peterroelants+peterroelants.github.io",
                           r"^notebooks/(neural_net_implementation|rnn_implementation|cross_entropy|gaussian_process|"
                           r"misc)/[a-z0-9-]*\.ipynb$", "statements"),
    # Jan Sowa's NumPy exercises (after w3resource's): arrays, basics, linear algebra, mathematics, random numbers,
    # sorting and searching, strings and dates, one short script each.
    "numpy-exercises-sowa": ("jansowa+numpy-exercises", r"^[a-z-]*/ex\d+\.py$", "statements"),
    # Adrian Del Maestro's Computational Physics (UVM PHYS 256) notebooks: NumPy arrays, radioactive decay, projectile
    # motion with air resistance, oscillators, chaos, least squares, spectral analysis and the FFT, relaxation
    # methods, quadrature, Monte Carlo and the Ising model.
    "comp-physics-uvm": ("agdelma+IntroCompPhysics", r"^src/\d\d_[A-Za-z]*\.ipynb$", "statements"),
    # session 40 (reach40): seven more published courses and books nobody here had tuned on.
    # Lorena Barba's AeroPython: potential flow with NumPy meshgrids (sources, doublets, vortices) up to the
    # vortex-source panel method (scipy's integrals skip).
    "aeropython-barba": ("barbagroup+AeroPython", r"^lessons/\d\d_Lesson\d\d_[A-Za-z]*\.ipynb$", "statements"),
    # Mike X Cohen's Practical Linear Algebra for Data Science (O'Reilly 2022): vectors, matrices, projections, QR,
    # least squares, eigendecomposition and the SVD in NumPy, one notebook per chapter.
    "linalg4ds-cohen": ("mikexcohen+LinAlg4DataScience", r"^LA4DS_ch\d\d\.ipynb$", "statements"),
    # Patrick Walls's Mathematical Python (UBC MATH 210): Python basics, NumPy, Riemann sums, the trapezoid and
    # Simpson rules, root finding, linear systems and eigenvalues (the Jupyter-only notebooks left out).
    "mathematical-python-walls": ("patrickwalls+mathematical-python", r"^(?!jupyter/)[a-z-]*/[a-z-]*\.ipynb$",
                                  "statements"),
    # Stony Brook's PHY 546 Python for scientific computing: Python datatypes, control flow, functions, classes and
    # exercises, then NumPy basics, advanced NumPy and NumPy exercises.
    "python-science-sbu": ("sbu-python-class+python-science", r"^content/0[12]-[a-z]*/[a-z0-9-]*\.ipynb$",
                           "statements"),
    # Morten Hjorth-Jensen's Computational Physics (Oslo FYS3150) lecture notes: eigenvalues, integration, Monte
    # Carlo, ODEs, PDEs, random walks, statistical physics and variational Monte Carlo.
    "compphysics1": ("CompPhysics+ComputationalPhysics", r"^doc/pub/[a-z]*/ipynb/[a-z]*\.ipynb$", "statements"),
    # Michael Zingale's Computational Astrophysics (Stony Brook): floating point, differentiation and integration,
    # roots, linear algebra, ODE integrators, the FFT, interpolation and fitting (homework and keras left out).
    "comp-astro-zingale": ("zingale+computational_astrophysics",
                           r"^content/(basics/[a-z-]*|ffts|interpolation|fitting|ODEs)/[a-z0-9-]*\.ipynb$",
                           "statements"),
    # Mastering Numerical Computing with NumPy (Packt 2018): arrays, linear algebra, statistics, regression,
    # clustering and the book's later chapters' NumPy (its data files and sklearn skip).
    "numpy-packt-mastering": ("PacktPublishing+Mastering-Numerical-Computing-with-NumPy",
                              r"^Chapter0\d/[^/]*\.ipynb$", "statements"),
    # Keith Galli's NumPy tutorial notebook (from his YouTube course): creation, indexing, initialisation, maths,
    # statistics, reorganising and boolean masking (its data file's statements skip).
    "numpy-tutorial-galli": ("KeithGalli+NumPy", r"^NumPy Tutorial\.ipynb$", "statements"),
    # Yves Hilpisch's Python for Finance (2nd ed., O'Reilly 2018): data structures, NumPy, object orientation,
    # mathematical tools, stochastics and Black-Scholes-Merton valuation (pandas and scipy statements skip).
    "py4fi-hilpisch": ("yhilpisch+py4fi2nd", r"^code/(ch0[346]|ch1[12]|b_bsm)/[a-z0-9_]*\.ipynb$", "statements"),
    # session 41 (reach41): nine more published courses and books nobody here had tuned on.
    # The companion tutorials of Deisenroth, Faisal and Ong's Mathematics for Machine Learning (Cambridge 2020):
    # linear regression, PCA and Gaussian mixtures in NumPy (the worked solutions).
    "mml-book-tutorials": ("mml-book+mml-book.github.io", r"^tutorials/tutorial_[a-z_]*\.solution\.ipynb$",
                           "statements"),
    # Jake VanderPlas's UW ASTR 599 (2014) course notebooks: Python basics, data structures, functions and modules,
    # NumPy, strings, advanced Python, efficient NumPy, object orientation, optimisation, exceptions.
    "astr599-vanderplas": ("jakevdp+2014_fall_ASTR599",
                           r"^notebooks/(01|02|04|05|09|10|11|13|14|19)_[A-Za-z_]*\.ipynb$", "statements"),
    # Microsoft's Python for Beginners video series code: print, strings, numbers, dates, errors, conditions,
    # collections, loops, functions, then lambdas, classes, inheritance and mixins (files and async skip).
    "c9-python-microsoft": ("microsoft+c9-python-getting-started", r"^(more-)?python-for-beginners/[^/]*/[^/]*\.py$",
                            "statements"),
    # William Gilpin's Computational Physics (UT Austin PHY 381C) lecture notebooks: Python, recursion and
    # complexity, vectorisation, QR and eigenvalues, the SVD, random matrices, preconditioning, integration.
    "cphy-gilpin": ("williamgilpin+cphy", r"^talks/(python_intro|time_and_space_complexity_recursion|"
                    r"vectorization_mandelbrot|random_matrices|numerical_linear_algebra_preconditioning|"
                    r"pragmatic_integration|optimization_constrained|spin_glass)\.ipynb$", "statements"),
    # Jose Portilla's Python for Algorithms, Data Structures and Interviews: big O, array sequences, stacks, queues,
    # deques, linked lists, recursion, trees, searching, sorting and graphs (the worked solutions).
    "algorithms-portilla": ("jmportilla+Python-for-Algorithms--Data-Structures--and-Interviews",
                            r"^(?!.*PRACTICE)[0-9][^/]*/(?!.*(Quiz|Exercise))[^/]*\.ipynb$", "statements"),
    # Jeffrey Kantor's Process Dynamics and Control (Notre Dame CBE 30338): Python basics and libraries, numeric
    # integration, process models, linearisation and PID control (scipy's odeint and plots skip).
    "cbe30338-kantor": ("jckantor+CBE30338", r"^docs/0[1-4]\.\d\d-[A-Za-z0-9_-]*\.ipynb$", "statements"),
    # Allen Downey's Elements of Data Science: variables, times, arrays, loops, dictionaries, then distributions,
    # resampling and the bootstrap (pandas statements skip).
    "elements-of-ds-downey": ("AllenDowney+ElementsOfDataScience", r"^(0[1-5]|1[1-3])_[a-z_]*\.ipynb$", "statements"),
    # The SciPy Cookbook's recipes (ported from the old wiki): building and indexing arrays, strides, histograms,
    # random samples, Brownian motion, Kalman filtering, least squares (scipy's and matplotlib's statements skip).
    "scipy-cookbook": ("scipy+scipy-cookbook", r"^ipython/(?!Matplotlib_)[A-Za-z_]*\.ipynb$", "statements"),
    # QuantEcon's Intermediate Quantitative Economics with Python: the linear algebra, probability and NumPy-only
    # lectures (QR, SVD, circulant eigenvalues, Markov chains, LLN and CLT, multivariate normal, OLS, Newton).
    "quantecon-lectures": ("QuantEcon+lecture-python.myst", r"^lectures/(linear_algebra|qr_decomp|svd_intro|"
                           r"eig_circulant|cross_product_trick|prob_matrix|lln_clt|multivariate_normal|finite_markov|"
                           r"newton_method|ols|stats_examples|mccall_model|samuelson|linear_models|kalman|"
                           r"multi_hyper|rand_resp|imp_sample|navy_captain)\.md$", "statements"),
    # session 44 (reach44): NumPy-heavy tutorials nobody here had tuned on.
    # Datawhale's Powerful NumPy (in Chinese): the introduction, then six chapters walking NumPy's API function by
    # function (array creation and manipulation, the numerical functions, linear algebra, statistics, the rest).
    "powerful-numpy": ("datawhalechina+powerful-numpy", r"^src/(introduction/ch-all|skilled/ch0[1-6]-[a-z_]*)\.ipynb$",
                       "statements"),
    # fengdu78's code for Li Hang's Statistical Learning Methods: the perceptron, k-NN, naive Bayes, trees, logistic
    # regression, SVM, boosting, EM, HMM, CRF, clustering, SVD, PCA, LSA, PLSA, MCMC, LDA and PageRank in NumPy (the
    # statements loading sklearn's iris with pandas skip, with those reading its rows).
    "lihang-code": ("fengdu78+lihang-code", r"^\u7b2c\d\d\u7ae0 [^/]*/[^/]*\.ipynb$", "statements"),
    # The Chinese NumPy site's tutorial articles (translations): machinelearningplus's 101 NumPy exercises, the
    # cs231n tutorial, Real Python's array programming, k-means and a neural network in NumPy, matrices and vectors.
    "numpy-cn-articles": ("teadocs+numpy-cn", r"^docs/article/(advanced|basics)/[a-z_]*\.md$"),
    # Adam Djellouli's NumPy tutorial notes: creating arrays, indexing, vector and matrix operations, reshaping,
    # searching and sorting, combining arrays, linear equations, statistics and random numbers.
    "djeada-numpy": ("djeada+Numpy-Tutorials", r"^notes/\d_[a-z_]*\.md$"),
    # Sebastian Raschka's STAT 479 (fall 2019) lecture code: the scientific-Python lecture's NumPy, k-NN by hand.
    "stat479-raschka": ("rasbt+stat479-machine-learning-fs19", r"^(04_sci-python/04-scipython__code|02_knn/code/"
                        r"02_knn_demo)\.ipynb$", "statements"),
    # His Introduction to Artificial Neural Networks and Deep Learning: the NumPy appendix and the perceptron chapter.
    "dl-book-raschka": ("rasbt+deep-learning-book", r"^code/(appendix_h_numpy-intro/appendix_numpy-intro|_old-material/"
                        r"ch02_perceptron/ch02_perceptron)\.ipynb$", "statements"),
    # Datawhale's machine-learning toy code, its NumPy half: linear and logistic regression, k-NN, trees, AdaBoost,
    # SVM, an MLP and an HMM (the MNIST loaders' statements skip, with those needing the data).
    "ml-toy-code-numpy": ("datawhalechina+machine-learning-toy-code", r"^ml-with-numpy/[^/]*/[^/]*\.(py|ipynb)$",
                          "statements"),
    # Jake VanderPlas's ESAC statistics workshop (2014): frequentist and Bayesian model fitting with NumPy, and the
    # breakouts' solutions (scipy's optimizers and emcee skip, with the statements needing them).
    "esac-stats-vanderplas": ("jakevdp+ESAC-stats-2014", r"^notebooks/(0[12]\.\d-[A-Za-z-]*|Solution-0[12]\.2)\.ipynb$",
                              "statements"),
    # session 45 (reach45): more published NumPy tutorials and exercise collections nobody here had tuned on.
    # A class's NumPy practice tasks (SparklinStar's Numpy-Practice): some 320 short scripts by six students, each
    # creating, indexing, reshaping, combining or summarising arrays.
    "numpy-practice-sparklinstar": ("SparklinStar+Numpy-Practice", r"^[^/]*(/[^/]*)?\.py$", "statements"),
    # Eli Bressert's SciPy and NumPy (O'Reilly 2012): the book's NumPy examples (arrays, record arrays, indexing,
    # boolean masks, reading and writing, matrices, linear algebra; its scipy and scikits chapters left out).
    "scipy-numpy-bressert": ("ebressert+ScipyNumpy_book_examples", r"^python_examples/numpy_[0-9a-z_]*\.py$",
                             "statements"),
    # Sharad Khare's NumPy tutorial in Hindi (after W3Schools' NumPy course): arrays, indexing, copies and views,
    # joining, splitting, searching, sorting, filtering, random distributions, ufuncs, rounding, sums, products,
    # differences, LCM and GCD, trigonometric and hyperbolic functions, set operations.
    "numpy-hindi-khare": ("sharadkhare+Complete-Python-NumPy-Tutorial-in-Hindi-With-Notes-", r"^\d+_[a-z]*\.py$",
                          "statements"),
    # shbytes's NumPy tutorial code: array attributes, creating arrays (arange, linspace, logspace), np.matrix,
    # diag, eye, tril/triu, meshgrid.
    "shbytes-numpy": ("shbytes+shbytes-numpy-tutorial", r"^\d\d-[A-Za-z-]*/[^/]*\.py$", "statements"),
    # codebasics's NumPy tutorials (YouTube): list versus array, basic operations, slicing, iterating, nditer.
    "codebasics-numpy": ("codebasics+py", r"^numpy/[a-z_0-9]*\.(py|ipynb)$", "statements"),
    # CTU Prague's Python for Scientific Computations and Control (E375004): Python basics, NumPy, functions and
    # classes, the perceptron, genetic algorithms, and the NumPy tasks (convolution filter, state-space models,
    # Euler's method, activation functions, coins, poker, rock-paper-scissors, Caesar's cipher).
    "cvut-scientific-python": ("CVUT-FS-12110+Python-for-Scientific-Computations-and-Control",
                               r"^(courses/E375004/(python_basics_1/basics_01|python_basics_2/basics_02[ab]_[a-z_]*|"
                               r"numpy_matplotlib/numpy_matplotlib|ai_chapter1/(genetic|perceptron))|"
                               r"tasks/EN_[A-Za-z_-]*)\.ipynb$", "statements"),
    # dibgerge's Python port of Andrew Ng's Machine Learning course assignments (linear and logistic regression,
    # one-vs-all, neural networks, bias and variance, SVM, k-means and PCA, anomaly detection; the data loaders'
    # statements skip, with those reading the data).
    "ml-coursera-dibgerge": ("dibgerge+ml-coursera-python-assignments", r"^Exercise\d/exercise\d\.ipynb$",
                             "statements"),
    # session 46, reach46: more published NumPy teaching code nobody here had tuned on.
    # Jaidev Deshpande's Linear Algebra with NumPy: conventions, NumPy basics (creation, ufuncs, indexing), systems
    # of equations, applications, the discrete Fourier transform.
    "linalg-numpy-deshpande": ("jaidevd+linalg-numpy", r"^(0[1-4]_[a-z_]*|advanced/fourier)\.ipynb$", "statements"),
    # Jeff Calder's Linear Algebra, Data Science and Machine Learning (Minnesota): the book's notebooks (NumPy
    # introductions, solvers, optimisation, PCA, k-means, nearest neighbours, graph-based learning, homework; the
    # cells needing its graphlearning package, PyTorch or sklearn skip).
    "laml-calder": ("jwcalder+LAML", r"^Python/[A-Za-z]*/[A-Za-z]*\.ipynb$", "statements"),
    # Ben Vanderlei's Jupyter Guide to Linear Algebra: NumPy arrays, elimination, inverses, LU and QR factorisation,
    # bases, eigenvalues, projections, least squares, and the exercises' solutions (cells importing its laguide
    # module skip).
    "linalg-guide-vanderlei": ("bvanderlei+jupyter-guide-to-linear-algebra", r"^[A-Z][A-Za-z_]*\.ipynb$",
                               "statements"),
    # machinelearningplus's 101 NumPy exercises, as expanded in an SMU student's numpy_practice.py.
    "numpy-101-practice-smu": ("Landcruiser87+numpy_SMU", r"^numpy_practice\.py$", "statements"),
    # Peng's solutions to w3resource's NumPy exercises (versions, vectors, arrays, conditions, reshaping).
    "numpy-w3resource-peng": ("PengInGitHub+Numpy-Tutorial-W3Resource", r"^Exercise-[0-9A-Za-z-]*\.py$",
                              "statements"),
    # buruzaemon's Python for the R code of Blitzstein and Hwang's Introduction to Probability: vectors,
    # factorials, sampling and simulation (birthday and matching problems), distributions, Markov chains.
    "probability-blitzstein-py": ("buruzaemon+IntroductionToProbabilityPy", r"^(Ch\d+|AppendixB)\.ipynb$",
                                  "statements"),
    # CU Denver's First Semester in Numerical Analysis with Python (MATH 4650/5660): computer arithmetic,
    # root-finding, linear systems, interpolation, quadrature, least squares, optimisation.
    "numerical-analysis-cudenver": ("CU-Denver-MathStats-OER+Numerical-Analysis-I", r"^(chapter\d-\d|preface)\.ipynb$",
                                    "statements"),
    # Xiaozhou Li's numerical analysis notebooks: linear systems (direct and iterative), eigenvalues, interpolation,
    # nonlinear equations, ODEs, a NumPy basics lesson and a calculus examples one.
    "numerical-analysis-xiaozhouli": ("xiaozhouli+Jupyter",
                                      r"^(Numerical_Analysis/[A-Za-z_]*|Other/(numpy-basics|Examples_in_Calculus))"
                                      r"\.ipynb$", "statements"),
    # session 47, reach47: published NumPy teaching code nobody here had tuned on, one cell per top-level statement.
    # Amirhossein Heydari's NumPy workshop: twenty notebooks walking the API (element-wise operators, indexing, axes,
    # manipulation, creation, mathematics, statistics, sorting, logic, sets, linear algebra, structured arrays,
    # Generator, np.fft); its input-output notebook is left out (it writes and reads files).
    "numpy-workshop-pylin": ("mr-pylin+numpy-workshop", r"^code/(?!15-)\d\d-[a-z&-]*\.ipynb$", "statements"),
    # Cliburn Chan's Duke STA 663 (2020) computational statistics: NumPy, functional Python, scalars, vectors and
    # matrices, linear algebra (least squares, PCA, SVD), root finding and optimisation, random variables, Monte Carlo
    # and Markov chains, MCMC and HMC, and the labs' and exams' solutions (pandas, graphics, sparse matrices,
    # parallelism, numba, Cython, C++, PyMC3, PyStan and TensorFlow left out; scipy's statements skip).
    "sta663-cliburn": ("cliburn+sta-663-2020", r"^(notebooks/S(0[36]|07[ABC]|08[A-H]?|09[A-H]|14[ACD]|15[ABC])_[^/]*|"
                       r"labs/Lab0\d_Solutions|exams/(MockExam0\d|Midterm0\d)_Solutions)\.ipynb$", "statements"),
    # Omar Alkousa's two notebooks on the discrete Fourier transform: a DFT written in NumPy beside np.fft, then the
    # practical spectrum of a sampled signal (its plots skip).
    "fourier-alkousa": ("OmarAlkousa+Learn-Fourier-Transform", r"^[^/]*/[^/]*\.ipynb$", "statements"),
    # Stanford's CME 193 (Introduction to Scientific Python), its offerings 2016-2019: Python, NumPy, classes and an
    # algorithm in NumPy, and the homework solutions (the pandas, scikit-learn, SciPy, OR-Tools and PyTorch lectures
    # left out, and the older copies of a lecture).
    "cme193-stanford": ("icme+cme193", r"^nb/(2016_spring/lecture-\d|2018_spring/Lecture\d|2018_fall/Lecture_[12]|"
                        r"2019_spring/(Lecture_\d_post|Lecture_8|CME193_Homework_\d_Solution)|2019_winter/"
                        r"(Lecture_[1-4]|Lecture7-Numpy-revision-and-practice|Lecture8-solutions))\.ipynb$",
                        "statements"),
    # Bo Zhang's astrocomputing course: its NumPy introduction and its notebooks after Mathews and Fink's Numerical
    # Methods (preliminaries, root finding, AX=B, interpolation, curve fitting, differentiation, integration,
    # optimisation, ODEs, PDEs, eigenvalues) and the ndarray notebook (matplotlib's and scipy's notebooks left out).
    "astrocomputing-zhang": ("hypergravity+astrocomputing", r"^docs/source/chapter_(scientific_computing/(MF04_ch\d\d_"
                             r"[^/]*|scientific-python-numpy)|astronomical_data/ndarray)\.ipynb$", "statements"),
    # Praveen Chandrashekar's codes for Trefethen and Bau's Numerical Linear Algebra: floating point, QR by
    # Gram-Schmidt and Householder, least squares, Gaussian elimination and its stability, Cholesky, Hessenberg,
    # power and QR iterations, the SVD and Wilkinson's polynomial (the notebooks reading image or data files skip).
    "nla-trefethen-cpraveen": ("cpraveen+nla", r"^src/[a-z_]*\.ipynb$", "statements"),
    # One chapter: a reader's transcription (comments in Korean) of Apeltsin's Data Science Bookcamp, chapters 1-4:
    # sample spaces and event probabilities in plain Python, NumPy's random draws (coin flips, dice, card shuffles),
    # confidence intervals by simulation and the card game's strategy (a file's import of an earlier file is dropped,
    # its names already bound; the plots skip).
    "ds-bookcamp-apeltsin": ("bion0625+data-science-bookcamp",
                             ["ch01/ch01_1_0.py", "ch01/ch01_1_1.py", "ch01/ch01_2_1.py", "ch01/ch01_2_2.py",
                              "ch01/ch01_2_3.py", "ch01/ch01_3_0.py", "ch01/ch01_3_1.py", "ch02/ch02_1.py",
                              "ch02/ch02_2_0.py", "ch02/ch02_2_1.py", "ch03/ch03_1_0.py", "ch03/ch03_1_1.py",
                              "ch03/ch03_2_0.py", "ch03/ch03_2_1.py", "ch03/ch03_2_2.py", "ch03/ch03_2_3.py",
                              "ch03/ch03_2_4.py", "ch03/ch03_3.py", "ch03/ch03_4.py", "ch04/ch04_1_0.py",
                              "ch04/ch04_1_1.py"], "statements"),
    # Chi-kwan Chan's University of Arizona ASTR 513 (2024) numerical methods, MyST pages: data representation,
    # differentiation, integration, interpolation, ODE integrators, optimisation, PDEs and the Fourier transform in
    # NumPy (JAX's and scipy's statements skip).
    "astr513-chan": ("ua-2024q3-astr513+astr513", r"^docs/(?!intro)[A-Za-z0-9]*\.md$", "statements"),
    # session 63, reach63: published numerical-methods, statistical-learning, algorithms and autodiff teaching code
    # nobody here had tuned on, one cell per top-level statement.
    # One chapter: the codes of Gezerlis' Numerical Methods in Physics with Python (2nd ed., CUP 2023), each module
    # after the ones it imports (whose `from triang import ...` is dropped, its names already bound; see
    # OWN_MODULES_BY_FILE_NAME), each module's `if __name__ == '__main__':` demo run in turn: linear systems, LU, Jacobi,
    # eigenvalues by power and QR iterations, root finding, interpolation, splines, FFT, quadrature, Monte Carlo,
    # ODEs, boundary-value problems, spin Hamiltonians by Kronecker products, a small neural network.
    "gezerlis-codes": ("CambridgeUniversityPress+NumericalMethodsPhysicsWithPython",
                       ["second_edition/codes/" + name + ".py" for name in (
                           "triang", "gauelim_pivot", "jacobi", "multi_newton", "action", "newtoncotes", "adaptive",
                           "barycentric", "newnormal", "bayes", "bisection", "bvp_matrix", "secant", "ivp_two",
                           "bvp_shoot", "cancel", "kahansum", "chargearray", "compexp", "descent", "ludec", "diffusion",
                           "power", "invpowershift", "qrdec", "qrmet", "eig", "eloc", "evp_matrix", "evp_shoot",
                           "triginterp", "fft", "finitediff", "fixedpoint", "forelse", "gauelim", "legendre",
                           "legroots", "gauleg", "golden", "ivp_one", "psis", "kinetic", "kron", "linefit",
                           "montecarlo", "multipole", "naiveval", "neural", "newblack", "plotex", "poisson", "powell",
                           "recback", "recforw", "richardsondiff", "romberg", "splines", "svd", "threespins",
                           "twospins", "vectorfield", "vmc")],
                       "statements"),
    # Its Python and NumPy tutorials (second edition).
    "gezerlis-tutorials": ("CambridgeUniversityPress+NumericalMethodsPhysicsWithPython",
                           r"^second_edition/tutorials/(NumPy|Python)Tutorial\.ipynb$", "statements"),
    # Ian Hawke's Southampton numerical methods course (MATH3018/6141): the lectures (linear systems, Gaussian
    # elimination, LU, iterative methods, root finding, quadrature, IVPs, BVPs, PDEs, eigenvalues, QR), the labs and the
    # worksheets (their plots skip, and the cells importing the worksheets' helper modules).
    "numerical-methods-hawke": ("IanHawke+NumericalMethods", r"^(Lectures/(\d\d - [^/]*|Function Representation and "
                                r"Manipulation)|Labs/(?!00-)[^/]*|Worksheets/Worksheet\d_Notebook)\.ipynb$",
                                "statements"),
    # Datawhale's solutions manual to Li Hang's Statistical Learning Methods (2nd ed.): perceptron, kNN and kd-trees,
    # naive Bayes, decision trees, logistic regression and maximum entropy, SVM, AdaBoost, EM and GMM, HMMs, CRFs,
    # clustering, SVD, PCA, LSA, PLSA, MCMC, LDA, PageRank, a feed-forward network and zero-sum games in NumPy (the
    # torch chapters left out; sklearn's, scipy's and pandas' statements skip).
    "statlearning-datawhale": ("datawhalechina+statistical-learning-method-solutions-manual",
                               r"^notebook/(part01/notes/ch(0[1-9]|1[01])|part02/ch(1[4-9]|2[01])|part03/notes/ch2[38])"
                               r"\.ipynb$", "statements"),
    # Raschka's algorithms in IPython notebooks: data structures, recursion, greedy and divide-and-conquer
    # algorithms, searching and sorting, Euclidean distances in NumPy, statistics (the timing cells skip).
    "algorithms-raschka": ("rasbt+algorithms_in_ipython_notebooks", r"^ipython_nbs/[a-z_-]*/[^/]*\.ipynb$",
                           "statements"),
    # One chapter: Jeff Orchard's small reverse-mode autodiff module for scalars (`MyVar`, operations as graph nodes
    # with Evaluate/Backward) then the notebook that minimises a quartic with it (the matrix version's notebook needs
    # a module absent from the repository, left out).
    "autodiff-orchard": ("jorchard+AutoDiff", ["joAD.py", "optimization.ipynb"], "statements"),
    # Steve Phelps' Python for big data course: the Python introduction and the numerical computing slides (NumPy
    # arrays, random variates, summary statistics, vectorisation; pandas, HBase and Spark left out).
    "phelps-bigdata": ("phelps-sg+python-bigdata", r"^src/main/ipynb/(intro-python|numerical-slides)\.ipynb$",
                       "statements"),
    # Chris Rycroft's Harvard AM 205 examples: data fitting, interpolation, norms, differentiation, ODE and PDE
    # integrators, quadrature, Richardson extrapolation, root finding and optimisation, power, inverse and Rayleigh
    # iterations, Lanczos and conjugate gradients in NumPy (their plots and scipy's statements skip).
    "am205-rycroft": ("chr1shr+am205_examples", r"^\d_[a-z_]*/[^/]*\.py$", "statements"),
}
# How a `.py` file becomes cells: "whole", one cell (a script, whose import of a module outside the language skips
# it all); "statements", one cell per top-level statement (so such an import skips only the statements that need
# it); "docstrings", the doctest runs of the `Examples` sections of its docstrings (NumPy's own examples); "tests",
# "statements" with a call of each top-level `test_*` function after its definition (lessons written as pytest tests);
# "doctests", "statements" without the `if __name__ == "__main__":` block, then every docstring's doctest examples.
PY_CELLS = ("whole", "statements", "docstrings", "tests", "doctests")
# Corpora whose docstrings' words do not count as the code the skip patterns look for: numerical-mooc's functions
# document "the solution at the next time step", which the timing pattern took for `time` and skipped each function
# with every statement using it. (Older corpora keep their skips, so their figures stay comparable.)
DOCSTRINGS_ARE_NOT_CODE = {"ml-specialization", "dl-specialization", "numerical-mooc", "dennybritz-rl", "ml-book-2022",
                           # Deep Learning from Scratch cites its papers' addresses in its layers' docstrings.
                           "dl-from-scratch", "dl-from-scratch-2", "dezero-steps", "pytorch-examples-numpy",
                           "morvan-basic",
                           # session 35: the corpora added then
                           "scipro-primer", "cornell-cs5785", "unpingco-pspml", "homemade-ml", "andrewng-notes",
                           "compphysics2", "thinkcomplexity2",
                           # session 36
                           "dlbook-notes", "fangohr-intro", "quantecon-intro", "ethen-ml", "thealgorithms-numpy",
                           "numpy-docstrings-fft-poly", "numerical-python-book", "exploratory-computing", "math-for-ml",
                           # session 37
                           "mlbook-friedman", "nummet-imperial", "euroscipy-numpy", "ipython-minibook", "thinkbayes2",
                           "thinkstats2", "elegant-scipy", "numerical-analysis-tifr",
                           # session 39
                           "numerical-methods-concordia", "numerical-analysis-brugiapaglia", "numerical-methods-beggs",
                           "dsp-lecture-spors", "signal-processing-unpingco", "roelants-notebooks",
                           "numpy-exercises-sowa", "comp-physics-uvm",
                           # session 40
                           "aeropython-barba", "linalg4ds-cohen", "mathematical-python-walls", "python-science-sbu",
                           "compphysics1", "comp-astro-zingale", "numpy-packt-mastering", "numpy-tutorial-galli",
                           "py4fi-hilpisch",
                           # session 41
                           "mml-book-tutorials", "astr599-vanderplas", "c9-python-microsoft", "cphy-gilpin",
                           "algorithms-portilla", "cbe30338-kantor", "elements-of-ds-downey",
                           "scipy-cookbook", "quantecon-lectures",
                           # session 44
                           "powerful-numpy", "lihang-code", "numpy-cn-articles", "djeada-numpy", "stat479-raschka",
                           "dl-book-raschka", "ml-toy-code-numpy", "esac-stats-vanderplas",
                           # session 45
                           "numpy-practice-sparklinstar", "scipy-numpy-bressert", "numpy-hindi-khare", "shbytes-numpy",
                           "codebasics-numpy", "cvut-scientific-python", "ml-coursera-dibgerge",
                           # session 46
                           "linalg-numpy-deshpande", "laml-calder", "linalg-guide-vanderlei", "numpy-101-practice-smu",
                           "numpy-w3resource-peng", "probability-blitzstein-py", "numerical-analysis-cudenver",
                           "numerical-analysis-xiaozhouli",
                           # session 47
                           "numpy-workshop-pylin", "sta663-cliburn", "fourier-alkousa", "cme193-stanford",
                           "astrocomputing-zhang", "nla-trefethen-cpraveen", "ds-bookcamp-apeltsin", "astr513-chan",
                           # session 63
                           "gezerlis-codes", "gezerlis-tutorials", "numerical-methods-hawke", "statlearning-datawhale",
                           "algorithms-raschka", "autodiff-orchard", "phelps-bigdata", "am205-rycroft"}
# One-chapter corpora whose modules sit in a folder but import one another by file name (Gezerlis' `codes/ludec.py`
# has `from triang import ...`): each file's name is an own module too, so that import is dropped (session 63).
OWN_MODULES_BY_FILE_NAME = {"gezerlis-codes"}
# A doctest-mode statement slower than this in CPython is left out (seconds).
SLOW_STATEMENT = 1.0

# Modules the snippet language has (docs/03-language.md); a cell importing anything else is skipped.
LANGUAGE_MODULES = {
    "numpy", "math", "random", "collections", "itertools", "functools", "operator", "copy", "autograd", "string",
    "typing", "__future__", "dataclasses", "micrograd", "io", "sys", "os", "cmath", "decimal", "fractions",
    "statistics", "re", "textwrap", "abc", "enum", "heapq", "bisect", "array", "numbers", "builtins", "contextlib",
    "weakref",
}
SKIP_PATTERNS = [
    ("plotting", re.compile(r"\bplt\.|matplotlib|pylab|seaborn|\bsns\.|graphviz|draw_dot")),
    ("files", re.compile(r"\bopen\(|np\.load|loadtxt|genfromtxt|savetxt|np\.save|fromfile|tofile|os\.path|os\.listdir")),
    ("network", re.compile(r"urllib|requests|pooch|urlopen|wget|http://|https://")),
    ("timing", re.compile(r"\btime\b|timeit|perf_counter")),
    ("input", re.compile(r"\binput\(")),
    # The tutorial's busy-wait for Ctrl+C would time out and drop the rest of its chapter.
    ("waits for Ctrl+C", re.compile(r"while True:\s*pass\b")),
]
# Seconds per statement: NumPy's quickstart allocates 10^8 elements, which on a loaded machine took longer than 20 s
# and dropped the rest of the chapter from the count.
STATEMENT_TIMEOUT = 60


def git_show(mirror: str, path: str) -> str:
    return subprocess.run(["git", "--git-dir", mirror, "show", f"HEAD:{path}"], check=True, capture_output=True,
                          text=True).stdout


def source_paths(mirror: str, pattern: str | list[str]) -> list[str]:
    if isinstance(pattern, list):
        return pattern
    # Without core.quotepath=off git quotes a name outside ASCII (Li Hang's `第02章 感知机/...`) in C-style escapes,
    # which no pattern reads and `git show` cannot find.
    names = subprocess.run(["git", "-c", "core.quotepath=off", "--git-dir", mirror, "ls-tree", "-r", "--name-only",
                            "HEAD"], check=True, capture_output=True, text=True).stdout.split("\n")
    return sorted(n for n in names if re.search(pattern, n))


def strip_prompts(code: str) -> str:
    """A doctest-style block keeps only its statements, without prompts."""
    if not any(line.startswith(">>>") for line in code.split("\n")):
        return code
    kept = []
    for line in code.split("\n"):
        if line.startswith(">>> ") or line == ">>>":
            kept.append(line[4:])
        elif line.startswith("... ") or line == "...":
            kept.append(line[4:])
    return "\n".join(kept)


RST_CODE_DIRECTIVE = re.compile(r"^(\s*)\.\. (?:code|code-block|sourcecode)::\s*(python3?|pycon|ipython3?)\s*$")


def rst_cells(text: str) -> list[str]:
    """A `.. code:: python` (or `pycon`) directive's indented body is a cell; outside one, each run of doctest lines
    (prompts and their outputs, up to a blank line) is a cell."""
    cells, current = [], []
    lines = text.split("\n") + [""]
    index = 0
    while index < len(lines):
        line = lines[index]
        directive = RST_CODE_DIRECTIVE.match(line)
        if directive:
            if current:
                cells.append(strip_prompts("\n".join(current)))
                current = []
            margin = len(directive.group(1))
            index += 1
            body = []
            while index < len(lines) and (not lines[index].strip()
                                          or len(lines[index]) - len(lines[index].lstrip()) > margin):
                body.append(lines[index])
                index += 1
            while body and (not body[0].strip() or body[0].strip().startswith(":")):
                body = body[1:]
            indent = min((len(b) - len(b.lstrip()) for b in body if b.strip()), default=0)
            cells.append(strip_prompts("\n".join(b[indent:] for b in body).strip("\n")))
            continue
        stripped = line.strip()
        if stripped.startswith(">>>") or (current and stripped):
            current.append(stripped)
        elif current:
            cells.append(strip_prompts("\n".join(current)))
            current = []
        index += 1
    return cells


SECTION_RULE = re.compile(r"^-{3,}$")


def examples_sections(text: str) -> list[str]:
    """The `Examples` section of every docstring in a module (NumPy's docstring standard), in source order. Docstrings
    that NumPy attaches with `add_newdoc(...)` are string arguments, not docstrings, so every string constant counts."""
    strings = [node for node in ast.walk(ast.parse(text))
               if isinstance(node, ast.Constant) and isinstance(node.value, str) and ">>>" in node.value]
    sections = []
    for node in sorted(strings, key=lambda n: (n.lineno, n.col_offset)):
        lines = inspect.cleandoc(node.value).split("\n")
        for index in range(len(lines) - 1):
            if lines[index].strip() == "Examples" and SECTION_RULE.match(lines[index + 1].strip()):
                body = []
                for line, following in zip(lines[index + 2:], lines[index + 3:] + [""]):
                    if line.strip() and SECTION_RULE.match(following.strip()) and not line.startswith(" "):
                        break
                    body.append(line)
                sections.append("\n".join(body))
                break
    return sections


def cells_of(path: str, text: str, py_cells: str = "whole") -> list[str]:
    if path.endswith(".ipynb"):
        notebook = json.loads(text)
        # A version 3 notebook (before 2015) keeps its cells in worksheets, a code cell's text under "input".
        raw_cells = notebook.get("cells") or [c for sheet in notebook.get("worksheets", []) for c in sheet["cells"]]
        sources = [c.get("source", c.get("input", "")) for c in raw_cells if c.get("cell_type") == "code"]
        cells = ["".join(source) if isinstance(source, list) else source for source in sources]
        if py_cells == "statements":
            # Each top-level statement of a cell (its `%magic` and `!shell` lines dropped) is a cell of its own.
            return [statement for cell in cells for statement in top_level_statements(cell)]
        return cells
    if path.endswith(".py") and py_cells == "docstrings":
        return [cell for section in examples_sections(text) for cell in rst_cells(section)]
    if path.endswith(".py") and py_cells == "statements":
        return top_level_statements(text)
    if path.endswith(".py") and py_cells == "tests":
        cells = []
        for cell in top_level_statements(text):
            cells.append(cell)
            tree = parsed_or_none(cell)
            if tree and len(tree.body) == 1 and isinstance(tree.body[0], ast.FunctionDef) \
                    and tree.body[0].name.startswith("test_"):
                cells.append(tree.body[0].name + "()")
        return cells
    if path.endswith(".py") and py_cells == "doctests":
        cells = [cell for cell in top_level_statements(text) if not is_main_guard(cell)]
        return cells + doctest_cells(text)
    if path.endswith(".py"):
        return [text]
    if path.endswith(".rst"):
        return rst_cells(text)
    cells = []
    for match in re.finditer(r"^(`{3,})\s*(\{code-cell\}[^\n]*|python[^\n]*|py|ipython3?)\n(.*?)^\1\s*$", text,
                             re.M | re.S):
        body = match.group(3)
        lines = body.split("\n")
        if match.group(2).startswith("{code-cell}"):
            if lines and lines[0].strip() == "---":
                end = lines.index("---", 1) if "---" in lines[1:] else 0
                lines = lines[end + 1:]
            while lines and lines[0].startswith(":"):
                lines = lines[1:]
        cells.append(strip_prompts("\n".join(lines)))
    return cells


def is_main_guard(cell: str) -> bool:
    """Whether a statement is `if __name__ == "__main__":` (a script's demo, or its `doctest.testmod()`)."""
    tree = parsed_or_none(cell)
    return bool(tree and len(tree.body) == 1 and isinstance(tree.body[0], ast.If)
                and "__name__" in ast.unparse(tree.body[0].test) and "__main__" in ast.unparse(tree.body[0].test))


def doctest_cells(text: str) -> list[str]:
    """Each doctest example (`>>>` and its `...` lines) of the module's, its classes' and its functions' docstrings,
    in source order."""
    import doctest
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return []  # newer Python than 3.11 (`except A, B:`): its statements are skipped as CPython cannot compile them
    nodes = [node for node in ast.walk(tree)
             if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))]
    cells = []
    for node in sorted(nodes, key=lambda n: getattr(n, "lineno", 0)):
        docstring = ast.get_docstring(node, clean=True)
        if docstring and ">>>" in docstring:
            try:
                examples = doctest.DocTestParser().get_examples(docstring)
            except ValueError:
                continue  # a malformed doctest (bad indentation) that doctest itself refuses
            cells += [example.source.rstrip("\n") for example in examples]
    return cells


def third_party_import(text: str) -> str | None:
    """The first package outside the standard library (other than NumPy) a module imports anywhere, if any."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return None
    for node in ast.walk(tree):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
            [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else []
        for name in names:
            top = name.split(".")[0]
            if top and top != "numpy" and top not in sys.stdlib_module_names:
                return top
    return None


def top_level_statements(text: str) -> list[str]:
    """The text of each top-level statement (with its decorators); the whole text if it does not parse."""
    lines = text.split("\n")
    try:
        tree = ast.parse(text)
    except SyntaxError:
        # A notebook cell with `%magic` or `!shell` lines: its other lines, as parsed_or_none reads them.
        lines = [line for line in lines if not line.lstrip().startswith(("%", "!"))]
        tree = parsed_or_none(text)
        if tree is None:
            return [text]
    cells = []
    for node in tree.body:
        start = node.decorator_list[0].lineno if getattr(node, "decorator_list", None) else node.lineno
        cells.append("\n".join(lines[start - 1:node.end_lineno]))
    return cells


def skip_reason(cell: str, ignore_docstrings: bool = False) -> str | None:
    """Why a cell is skipped, if it is; `ignore_docstrings` lets a docstring's text (a lesson's `@see: https://...`)
    not count as the code it names."""
    try:
        tree = ast.parse(cell)
    except SyntaxError:
        if any(line.lstrip().startswith(("%", "!")) for line in cell.split("\n")):
            return "magic or not Python 3"
        # Pseudo-code (the cheatsheet's `<list> = <list>[<slice>]`) or Python 2: no statement of it is counted.
        return "CPython cannot compile it"
    try:
        # What parses but does not compile (`return` or `nonlocal` outside a function, `break` outside a loop).
        compile(cell, "<cell>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        return "CPython cannot compile it"
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        for name in names:
            if name.split(".")[0] not in LANGUAGE_MODULES:
                return f"imports {name.split('.')[0]}"
    code = re.sub(r"#[^\n]*", "", cell)
    if ignore_docstrings:
        docstrings = [node.body[0].value for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                      and node.body and isinstance(node.body[0], ast.Expr)
                      and isinstance(node.body[0].value, ast.Constant) and isinstance(node.body[0].value.value, str)]
        lines = cell.split("\n")
        for string in sorted(docstrings, key=lambda n: -n.lineno):
            lines[string.lineno - 1:string.end_lineno] = [""] * (string.end_lineno - string.lineno + 1)
        code = re.sub(r"#[^\n]*", "", "\n".join(lines))
    for reason, pattern in SKIP_PATTERNS:
        if pattern.search(code):
            return reason
    return None


def imports_only(cell: str, modules: set[str]) -> bool:
    """Whether every statement of a cell imports from one of `modules` (a one-chapter corpus's own modules)."""
    tree = parsed_or_none(cell)
    if not modules or tree is None or not tree.body:
        return False
    # A relative import (`from .recipes import ...`) is always of the chapter's own package.
    return all(isinstance(node, ast.ImportFrom) and ((node.module or "").split(".")[0] in modules or node.level > 0) or
               isinstance(node, ast.Import) and all(a.name.split(".")[0] in modules for a in node.names)
               for node in tree.body)


def parsed_or_none(cell: str) -> ast.Module | None:
    try:
        return ast.parse(cell)
    except SyntaxError:
        # A notebook cell with `%magic` or `!shell` lines: the rest of it still binds and reads names.
        kept = [line for line in cell.split("\n") if not line.lstrip().startswith(("%", "!"))]
        try:
            return ast.parse("\n".join(kept))
        except SyntaxError:
            return None


def bound_names(cell: str) -> set[str]:
    """Names a cell binds at its top level (not inside its functions or classes)."""
    tree = parsed_or_none(cell)
    names: set[str] = set()
    pending = list(tree.body) if tree else []
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
            continue
        if isinstance(node, (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            continue
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        pending.extend(ast.iter_child_nodes(node))
    return names


def language_imports(cell: str) -> set[str]:
    """Names a cell's top-level imports bind from modules of the language."""
    tree = parsed_or_none(cell)
    names: set[str] = set()
    for node in tree.body if tree else []:
        if isinstance(node, ast.Import):
            names.update((a.asname or a.name).split(".")[0] for a in node.names
                         if a.name.split(".")[0] in LANGUAGE_MODULES)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in LANGUAGE_MODULES:
            names.update(a.asname or a.name for a in node.names)
    return names


def used_names(cell: str) -> set[str]:
    """Names a cell reads anywhere that it does not bind itself."""
    tree = parsed_or_none(cell)
    if tree is None:
        return set()
    read = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)}
    return read - bound_names(cell)


COMPOUND = (ast.If, ast.For, ast.While, ast.With, ast.Try, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef,
            ast.AsyncFor, ast.AsyncWith, ast.Match, ast.TryStar)


def without_blank_string_lines(tree: ast.Module) -> str:
    """The tree's dump with the blank lines of its multi-line strings dropped: a statement whose only blank lines are
    inside a string (a docstring's paragraphs) is kept without them, and CPython records that same text."""
    tree = copy.deepcopy(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and "\n" in node.value:
            node.value = "\n".join(line for line in node.value.split("\n") if line.strip())
    return ast.dump(tree)


def statements_of(cell: str) -> list[tuple[str, bool]] | None:
    """Top-level statements (those sharing a line as one) with blank lines dropped, as a REPL needs; and whether each
    is compound, which a transcript ends with a bare `...`."""
    tree = ast.parse(cell)
    lines = cell.split("\n")
    groups: list[list[ast.stmt]] = []
    last_line = 0
    for node in tree.body:
        start = node.decorator_list[0].lineno if getattr(node, "decorator_list", None) else node.lineno
        if groups and start <= last_line:
            groups[-1].append(node)
        else:
            groups.append([node])
        last_line = node.end_lineno
    statements = []
    for group in groups:
        first = group[0]
        start = first.decorator_list[0].lineno if getattr(first, "decorator_list", None) else first.lineno
        kept = [line.rstrip() for line in lines[start - 1:group[-1].end_lineno] if line.strip()]
        text = "\n".join(kept)
        try:
            if without_blank_string_lines(ast.parse(text)) != without_blank_string_lines(
                    ast.Module(body=group, type_ignores=[])):
                return None
        except SyntaxError:
            return None
        statements.append((text, isinstance(group[-1], COMPOUND)))
    return statements


RUNNER = r'''
import __future__, ast, io, json, resource, signal, sys, time, traceback, random, warnings
# A tutorial's statement that allocates more than this (Powerful NumPy's 12.5 GB `rng.random((102400, 256, 64))`,
# shown to explain out=) raises MemoryError at once instead of filling a shared machine's memory until it times out
# and drops the rest of its chapter; docbuild refuses such a statement at its own memory limit.
resource.setrlimit(resource.RLIMIT_AS, (8 << 30, 8 << 30))
import numpy as np
# The REPL compiles each statement with the future features earlier statements imported (`from __future__ import
# annotations` stops later annotations from being evaluated), as codeop does.
FUTURE = 0
for feature in __future__.all_feature_names:
    FUTURE |= getattr(__future__, feature).compiler_flag
flags = 0
warnings.simplefilter("ignore")
np.random.seed(0)
random.seed(0)
statements = json.load(sys.stdin)
results_path = sys.argv[1]
namespace = {"__name__": "__main__", "np": np, "__builtins__": __builtins__}
results = []
seconds = []
class Timeout(BaseException):
    pass
def alarm(*_):
    raise Timeout()
signal.signal(signal.SIGALRM, alarm)
real_stdout = sys.stdout
for source in statements:
    buffer = io.StringIO()
    sys.stdout = buffer
    timed_out = False
    signal.alarm(%d)
    started = time.perf_counter()
    try:
        # The REPL's statement ends with the newline typed after it: without one, CPython 3.11 refuses a compound
        # statement on one line (`for i in range(3): x = i`) as invalid syntax, which no REPL shows.
        code = compile(source + "\n", "<stdin>", "single", flags, True)
        flags |= code.co_flags & FUTURE
        exec(code, namespace)
    except Timeout:
        timed_out = True
    except SystemExit:
        buffer.write("Traceback (most recent call last):\nSystemExit\n")
    except BaseException as error:
        buffer.write("Traceback (most recent call last):\n")
        buffer.write(traceback.format_exception_only(type(error), error)[-1])
    finally:
        signal.alarm(0)
        sys.stdout = real_stdout
        seconds.append(time.perf_counter() - started)
    # An output past 1 MiB (cme193's `list(range(10**8))`, 989 MB when it finishes in time) ends the chapter as a
    # timeout does: docbuild reads no chapter past 16 MiB, and whether CPython finishes it depends on the machine.
    if buffer.tell() > (1 << 20):
        timed_out = True
    if timed_out:
        results.append(None)
        break
    results.append(buffer.getvalue())
with open(results_path, "w") as handle:
    json.dump({"results": results, "seconds": seconds}, handle)
''' % STATEMENT_TIMEOUT


def record(statements: list[str]) -> tuple[list[str | None], list[float]]:
    """CPython's output for each statement, in a fresh process, and the seconds each took; shorter than `statements`
    after a timeout."""
    with tempfile.TemporaryDirectory() as folder:
        results = os.path.join(folder, "results.json")
        try:
            subprocess.run([sys.executable, "-c", RUNNER, results], input=json.dumps(statements), capture_output=True,
                           text=True, timeout=STATEMENT_TIMEOUT * 4 + 120, cwd=folder)
            with open(results) as handle:
                saved = json.load(handle)
                return saved["results"], saved["seconds"]
        except (subprocess.TimeoutExpired, OSError, ValueError):
            return [], []


def transcript(statement: str, compound: bool, output: str) -> str:
    lines = statement.split("\n")
    while lines[0].lstrip().startswith("#") and len(lines) > 1:
        lines = lines[1:]
    text = [">>> " + lines[0]] + ["... " + line for line in lines[1:]]
    if compound:
        text.append("...")
    out = output.rstrip("\n")
    return "\n".join(text) + ("\n" + out if out else "")


def build_chapters(mirrors: str, out: str, corpus: str, skips: collections.Counter) -> dict[str, list[int]]:
    repository, pattern, *rest = CORPORA[corpus]
    py_cells = rest[0] if rest else "whole"
    assert py_cells in PY_CELLS
    mirror = os.path.join(mirrors, repository, "repo")
    # Some mirrors are a work tree's `.git` folder rather than a bare repository.
    if os.path.isdir(os.path.join(mirror, ".git")):
        mirror = os.path.join(mirror, ".git")
    folder = os.path.join(out, "chapters", corpus)
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    prompt_lines: dict[str, list[int]] = {}
    paths = source_paths(mirror, pattern)
    groups = [paths] if isinstance(pattern, list) else [[path] for path in paths]
    for number, group in enumerate(groups):
        path = group[0]
        blocks = []
        all_statements: list[tuple[str, bool]] = []
        # Names a skipped cell binds (its imports, functions, variables): a later cell that reads one would only show
        # CPython's NameError, so it is skipped too.
        # A name an earlier kept cell bound (or `np`, which every chapter has) still has that value if the skipped cell
        # imports it from a module of the language (`import numpy as np` beside pandas); a function, class or variable
        # the skipped cell would have bound anew (a later module's `main`) has a stale value, so it is missing too.
        missing: set[str] = set()
        available = {"np"}
        cells = []
        # A one-chapter corpus's own modules (`scratch` for `scratch/linear_algebra.py`, `gate` for `gate.py`).
        own_modules = {member.split("/")[0].removesuffix(".py") for member in group if member.endswith(".py")} \
            if isinstance(pattern, list) else set()
        if corpus in OWN_MODULES_BY_FILE_NAME:
            own_modules |= {member.rsplit("/", 1)[-1].removesuffix(".py") for member in group if member.endswith(".py")}
        for member in group:
            try:
                source = git_show(mirror, member)
                if py_cells == "doctests" and (package := third_party_import(source)):
                    skips[f"modules importing {package} (outside the standard library)"] += 1
                    continue
                cells += cells_of(member, source, py_cells)
            except subprocess.CalledProcessError:
                # A mirror may list its largest files without holding them.
                skips["files absent from the mirror"] += 1
            except UnicodeDecodeError:
                # A lesson on encodings may save a module in Latin-1 (`# coding: cp1252`); Python would read it, the
                # probe does not.
                skips["files not in UTF-8"] += 1
        for cell in cells:
            if not cell.strip() or imports_only(cell, own_modules):
                continue  # the chapter holds its own modules, in order
            reason = skip_reason(cell, ignore_docstrings=py_cells in ("tests", "doctests")
                                 or corpus in DOCSTRINGS_ARE_NOT_CODE)
            if reason is None and used_names(cell) & missing:
                reason = "uses a name a skipped cell defines"
            statements = None if reason else statements_of(cell)
            if reason is None and statements is None:
                reason = "blank line inside a statement"
            bound = bound_names(cell)
            if reason:
                skips[reason] += 1
                missing |= bound - (available & language_imports(cell))
                continue
            missing -= bound
            available |= bound
            blocks.append([])
            for statement in statements:
                if "from micrograd" in statement[0]:
                    continue  # the chapter holds micrograd's own modules, in order
                blocks[-1].append(len(all_statements))
                all_statements.append(statement)
        if not all_statements:
            continue
        outputs, seconds = record([s for s, _ in all_statements])
        slow = {index for index, taken in enumerate(seconds) if taken > SLOW_STATEMENT} \
            if py_cells == "doctests" else set()
        if slow:
            # Left out, and the rest recorded again without them (a later statement may have read what they bound).
            skips["statements slower than a second in CPython"] += len(slow)
            renumber = {}
            kept_statements = []
            for index, statement in enumerate(all_statements):
                if index not in slow:
                    renumber[index] = len(kept_statements)
                    kept_statements.append(statement)
            all_statements = kept_statements
            blocks = [[renumber[i] for i in block if i in renumber] for block in blocks]
            outputs, seconds = record([s for s, _ in all_statements])
        if len(outputs) < len(all_statements):
            skips["statements after a timeout or crash"] += len(all_statements) - len(outputs)
        outputs = [o for o in outputs if o is not None]
        # An output holding a prompt (a docstring's doctest, `help()`'s text) would read as statements: left out.
        for index, output in enumerate(outputs):
            if any(line.lstrip().startswith((">>>", "...")) for line in output.split("\n")):
                outputs[index] = None
                skips["statements whose output holds prompts"] += 1
        name = f"{number:02d}-" + re.sub(r"[^A-Za-z0-9]+", "-", path).strip("-").lower() + ".md"
        text = [f"# {path}"]
        prompts = []
        for block in blocks:
            chunks = [transcript(*all_statements[i], outputs[i]) for i in block
                      if i < len(outputs) and outputs[i] is not None]
            if not chunks:
                continue
            text += ["", "````tensor"]
            for chunk in chunks:
                prompts.append(len(text) + 1)
                text += chunk.split("\n")
            text.append("````")
        with open(os.path.join(folder, name), "w") as handle:
            handle.write("\n".join(text) + "\n")
        prompt_lines[name] = prompts
    with open(os.path.join(out, "chapters", corpus + ".json"), "w") as handle:
        json.dump({"prompts": prompt_lines, "skips": skips}, handle)
    return prompt_lines


def root_of(message: str) -> str:
    message = re.sub(r"'[^']*'", "'…'", message)
    message = re.sub(r"\d+", "N", message)
    return " ".join(message.split()[:7])


def tally(docbuild: str, out: str, corpus: str) -> dict:
    with open(os.path.join(out, "chapters", corpus + ".json")) as handle:
        saved = json.load(handle)
    prompt_lines = saved["prompts"]
    done = subprocess.run([docbuild, "check", "--no-cache", "--quiet", "--content",
                           os.path.join(out, "chapters", corpus)], capture_output=True, text=True, cwd=out)
    total = sum(len(p) for p in prompt_lines.values())
    if done.returncode not in (0, 1):
        # A crash prints no verdicts: counted as every statement failing, never as every statement matching.
        tail = " ".join(done.stderr.strip().splitlines()[-3:])
        return {"corpus": corpus, "statements": total, "matching": 0, "percent": 0.0, "refused": 0,
                "unclassified past 100 diagnostics": 0,
                "mismatches": [f"docbuild exited with status {done.returncode} (a crash): {tail}"],
                "roots": [], "skipped cells": saved["skips"]}
    diagnostics = re.findall(r"^(?:.*/)?([^/:]+\.md):(\d+):\d+: error: (.*)$", done.stderr, re.M)
    # Past 100 errors in a file docbuild prints "N more errors not shown": those statements count as failing, never as
    # matching (the older wording, "and N more diagnostics", too).
    hidden = re.findall(r"and (\d+) more diagnostics|(\d+) more errors? not shown", done.stderr)
    overflow = sum(int(older or newer) for older, newer in hidden)
    by_statement: dict[tuple[str, int], str] = {}
    for name, line, message in diagnostics:
        starts = [p for p in prompt_lines.get(name, []) if p <= int(line)]
        key = (name, starts[-1] if starts else int(line))
        by_statement.setdefault(key, message)
    refused: collections.Counter = collections.Counter()
    # A name a refused statement would have set is refused in turn ("has no value here: the statement on line N"):
    # those are tallied under the refusal that started them too, so the roots say what would unblock most.
    by_line = {(name, int(line)): message for name, line, message in diagnostics}
    started: collections.Counter = collections.Counter()
    mismatches = []
    for (name, line), message in sorted(by_statement.items()):
        if message.startswith("output does not match") or message.startswith("statement raised") \
                or message.startswith("claim failed"):
            mismatches.append(f"{name}:{line}: {message}")
        else:
            refused[root_of(message)] += 1
            cause, seen = message, set()
            while (found := re.search(r"has no value here: the statement on line (\d+)", cause)) \
                    and found.group(1) not in seen:
                seen.add(found.group(1))
                # The refusal is reported at the statement's line, or (a syntax refusal) a later line of it.
                later = [ln for (file, ln) in by_line if file == name and ln >= int(found.group(1))]
                if not later:
                    break
                cause = by_line[(name, min(later))]
            started[root_of(cause)] += 1
    failing = len(by_statement) + overflow
    return {"corpus": corpus, "statements": total, "matching": total - failing,
            "percent": round(100 * (total - failing) / total, 1) if total else 0.0, "refused": sum(refused.values()),
            "unclassified past 100 diagnostics": overflow, "mismatches": mismatches,
            "roots": refused.most_common(25), "started by": started.most_common(25), "skipped cells": saved["skips"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirrors", default="/work/.mirror")
    parser.add_argument("--out", default="/work/probe")
    parser.add_argument("--docbuild", default=os.path.abspath(".build/debug/docbuild"))
    parser.add_argument("--corpus", nargs="*", default=list(CORPORA))
    parser.add_argument("--skip-record", action="store_true", help="reuse the chapters written by an earlier run")
    parser.add_argument("--record-only", action="store_true", help="write the chapters and stop")
    arguments = parser.parse_args()
    report = []
    for corpus in arguments.corpus:
        if not arguments.skip_record:
            build_chapters(arguments.mirrors, arguments.out, corpus, collections.Counter())
        if arguments.record_only:
            continue
        # The check runs in OUT, so a relative --docbuild is resolved here first.
        report.append(tally(os.path.abspath(arguments.docbuild), arguments.out, corpus))
    for entry in report:
        print(f"== {entry['corpus']}: {entry['matching']}/{entry['statements']} statements match "
              f"({entry['percent']}%), {entry['refused']} refused, {len(entry['mismatches'])} mismatches, "
              f"{entry['unclassified past 100 diagnostics']} past the 100-diagnostic cap")
        for mismatch in entry["mismatches"]:
            print("   MISMATCH", mismatch[:300])
        for root, count in entry["roots"]:
            print(f"   {count:4d}  {root[:110]}")
        if entry.get("started by") and entry["started by"] != entry["roots"]:
            print("   refusals with the names they left unknown, by the refusal that started them:")
            for root, count in entry["started by"]:
                print(f"   {count:4d}  {root[:110]}")
        print("   skipped cells:", dict(entry["skipped cells"]))
    total = sum(e["statements"] for e in report)
    matching = sum(e["matching"] for e in report)
    print(f"== all: {matching}/{total} ({round(100 * matching / max(total, 1), 1)}%), "
          f"{sum(len(e['mismatches']) for e in report)} mismatches")
    with open(os.path.join(arguments.out, "report.json"), "w") as handle:
        json.dump(report, handle, indent=1)


if __name__ == "__main__":
    main()
