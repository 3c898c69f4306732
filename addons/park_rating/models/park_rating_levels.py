# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The national scale of 好差评 (国办发〔2019〕51号), shared by the models."""

# best first; the bottom two are bad reviews (差评)
LEVELS = [
    ("very_satisfied", "Very Satisfied"),
    ("satisfied", "Satisfied"),
    ("basically_satisfied", "Basically Satisfied"),
    ("dissatisfied", "Dissatisfied"),
    ("very_dissatisfied", "Very Dissatisfied"),
]
SCORES = {
    "very_satisfied": 5,
    "satisfied": 4,
    "basically_satisfied": 3,
    "dissatisfied": 2,
    "very_dissatisfied": 1,
}
BAD_LEVELS = ("dissatisfied", "very_dissatisfied")
CHANNELS = [
    ("portal", "Portal"),
    ("link", "Link in a Message"),
    ("device", "Review Device"),
    ("window", "Window (Paper Form)"),
]
