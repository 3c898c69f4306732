from . import park_enterprise_import
