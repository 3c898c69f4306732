from . import park_matter_import
