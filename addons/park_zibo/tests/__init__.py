from . import test_zibo_data
