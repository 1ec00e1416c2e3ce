"""The project layer: how one file reaches the other modules and scripts of its project.

- ``resolve``: the project root of a file, its import search roots, module names to files, and
  the project's scripts that may write a data file (light: no libcst).
- ``modules``: foreign modules parsed once per process (through leakscan's own reading and
  nesting guard), with their positions computed lazily (``Foreign`` sites).
- ``views``: findings shown in a single-file view (flake8, the language server), moved to the
  viewed file when their evidence spans files (light).
"""
