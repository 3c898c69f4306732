from . import park_matter_xlsx
