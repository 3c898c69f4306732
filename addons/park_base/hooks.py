# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
def post_init_hook(env):
    """Fill the working-day calendar from the chinese-calendar library."""
    env["park.holiday"]._load_from_library()
