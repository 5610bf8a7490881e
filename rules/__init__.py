"""Built-in rules, one module per claim family. Each module defines ``RULE``; the engine finds them.

To add a family, add a module here (see any of these as a template). Nothing else needs editing.
"""
