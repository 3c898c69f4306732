from . import park_enterprise_register_xlsx
