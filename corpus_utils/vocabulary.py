"""The project's words for sides: which there are, in what order, their labels and colours.

One module, beside ``config``, that every layer may read: the registry checks its ``side``
column against :data:`REGISTRY_SIDES`, the outlet statistics place every quote's speaker in
one of :data:`SPEAKER_SIDES`, and every chart takes :data:`SIDE_LABELS` and
:data:`SIDE_COLOURS`, so a side is named and coloured alike everywhere.
"""

from __future__ import annotations

#: The sides of the actor registry (``data/actors.csv``, column ``side``): the camp whose
#: voice an actor carries, in the order tables and charts show them.
REGISTRY_SIDES = ("russia", "ukraine", "united_states", "europe", "international", "other")
#: The side of a quote's speaker: a registry side, else ``unnamed`` (an anonymous source,
#: "an unnamed U.S. official"), ``unresolved`` (a speaker named in the text, or a pronoun,
#: that is not linked to the registry) or ``unknown`` (a quote without any speaker).
SPEAKER_SIDES = (*REGISTRY_SIDES, "unnamed", "unresolved", "unknown")
#: How charts and tables name each side.
SIDE_LABELS = {
    "russia": "Russia",
    "ukraine": "Ukraine",
    "united_states": "United States",
    "europe": "Europe",
    "international": "international bodies",
    "other": "other registry actor",
    "unnamed": "unnamed source",
    "unresolved": "speaker not in registry",
    "unknown": "no speaker found",
}
#: One colour per side in every chart (Okabe–Ito, as ``publish.plots.PALETTE``); a speaker
#: outside the registry is grey.
SIDE_COLOURS = {
    "russia": "#0072B2",
    "ukraine": "#E69F00",
    "united_states": "#009E73",
    "europe": "#D55E00",
    "international": "#CC79A7",
    "other": "#56B4E9",
    "unnamed": "#F0E442",
    "unresolved": "#999999",
    "unknown": "#882255",
}
