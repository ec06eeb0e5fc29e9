"""Floors under the measured precision and recall of `tomtat analyze` on the hand annotations
(benchmarks/analysis.py; figures in benchmarks/RESULTS.md, "## Analysis")."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

# Slightly under the figures measured when this test was last updated (tuning set of 34 clusters /
# held-out set; second precision round). Third round: facts, timeline, attributions and unconfirmed
# floors of the tuning set set under their figures on all 42 files (ktlab-dev 12-15 and
# abmusu-train 18-21 joined): 0.990/0.985, 1.000/1.000, 1.000/0.942, 0.923/0.923. Entities (third
# round, all 42 files): 0.835/0.874, typed 0.807/0.845. Held-out, 15 clusters since 9 were added
# (abmusu-validation 9-14, ktlab-dev 16-18), scored once: entities 0.771/0.855, typed 0.752/0.833,
# facts 0.930/0.964, timeline 1.000/0.985, attributions 0.958/0.767, unconfirmed 0.833/0.714.
# Fourth round, attributions and unconfirmed: tuning (all 50 files, ktlab-dev 26-29 and abmusu-train
# 22-25 joined) 1.000/0.945 and 1.000/0.944; held-out, scored once: 0.926/0.833 and 0.857/0.857.
# Fourth round, entities: tuning (all 50 files) 0.884/0.877, typed 0.863/0.857 (held-out, scored once:
# 0.821/0.862, typed 0.793/0.833; its floors left as they were). Facts on the 50 files: 0.975/0.951
# (abmusu-train 22-25 joined with 7 of their 31 facts missed), floor set under it by the entity engineer.
# End of the fourth round (50-file tuning set; held-out 15 clusters, scored once at the end): tuning
# entities 0.884/0.877 (typed 0.863/0.857), facts 1.000/1.000, timeline 1.000/1.000, attributions
# 1.000/0.945, unconfirmed 1.000/0.944; held-out entities 0.821/0.862 (typed 0.793/0.833), facts
# 0.948/1.000, timeline 1.000/0.985, attributions 0.926/0.833, unconfirmed 0.857/0.857.
# Fifth round, attributions: all 58 tuning files (abmusu-train 26-29 and 30-33 joined) attributions
# 0.992/0.969, unconfirmed 0.962/0.926 (its one false positive and one of its two misses are in
# abmusu-train 26-29, which joined this round; unconfirmed rules unchanged); held-out (scored at the end,
# unchanged) 0.926/0.833, 0.857/0.857.
# Fifth round, entities: all 58 tuning files 0.896/0.884, typed 0.876/0.864 (held-out, scored once at the
# end: 0.816/0.870, typed 0.782/0.833; its floors left as they were).
# Sixth round, entities (held-out read for tuning from this round on), code 0555fb8: tuning 0.924/0.904, typed
# 0.908/0.888; held-out 0.940/0.906, typed 0.917/0.884.
# Sixth round, attributions (held-out read for tuning): tuning attributions 1.000/1.000, unconfirmed 0.964/1.000;
# held-out 0.967/0.967 and 1.000/1.000.
# Seventh round, attributions (held-out-2 read for tuning): tuning and held-out unchanged (floors kept); held-out-2
# attributions 0.961/0.645 -> 0.970/0.842, unconfirmed 0.857/0.600 -> 0.909/1.000 (its floors: the lead's).
# Seventh round, entities (held-out-2 read for tuning): tuning 0.930/0.908, typed 0.915/0.893; held-out unchanged
# (0.940/0.906, typed 0.917/0.884; floors kept); held-out-2 0.843/0.867 -> 0.936/0.900 (its floors: the lead's).
# Eighth round, attributions (held-out-3 read for tuning; rules kept only by construction): tuning and held-out unchanged
# (floors kept); held-out-2 attributions 0.970/0.842 -> 1.000/0.908, unconfirmed 0.909/1.000 -> 1.000/1.000; held-out-3
# attributions 1.000/0.844 -> 1.000/0.969, unconfirmed 1.000/0.833 -> 1.000/1.000.
# Eighth round, entities (official.py; held-out-3 read for tuning): tuning 0.930/0.908 -> 0.931/0.917, typed
# 0.915/0.893 -> 0.918/0.904; held-out 0.940/0.906 -> 0.940/0.913 (typed 0.925/0.899); held-out-2 (split.py of
# 9e9cd82) 0.936/0.896 -> 0.936/0.900 (typed 0.906/0.872); held-out-3 0.838/0.790 -> 0.924/0.887 (typed 0.882/0.847).
FLOORS = {
    "tuning": {
        "entities": (0.92, 0.91), "entities_typed": (0.90, 0.89), "facts": (0.98, 0.98), "timeline": (0.98, 0.98),
        "attributions": (0.98, 0.97), "unconfirmed": (0.95, 0.96),
    },
    "held-out": {
        "entities": (0.92, 0.90), "entities_typed": (0.91, 0.89), "facts": (0.92, 0.97), "timeline": (0.97, 0.96),
        "attributions": (0.93, 0.93), "unconfirmed": (0.85, 0.85),
    },
    # Scored as an unseen set at the start and end of round 6, then tuned on in round 7 (stop 9).
    "held-out-2": {
        "entities": (0.92, 0.89), "entities_typed": (0.89, 0.86), "facts": (0.96, 0.98), "timeline": (0.98, 0.98),
        "attributions": (0.97, 0.88), "unconfirmed": (0.95, 0.95),
    },
    # Scored as an unseen set at the start and end of round 7 (entities, attributions and unconfirmed are
    # those end-of-round figures; facts were tuned on it afterwards), stop 9.
    "held-out-3": {
        "entities": (0.91, 0.87), "entities_typed": (0.87, 0.83), "facts": (0.97, 0.97), "timeline": (0.98, 0.98),
        "attributions": (0.97, 0.94), "unconfirmed": (0.95, 0.95),
    },
    # Scored as an unseen set at the start and end of round 8 (stop 10); these floors sit under its end-of-round
    # figures (and one entity rule read off it afterwards). Unconfirmed claims: 6 gold items.
    "held-out-4": {
        "entities": (0.79, 0.86), "entities_typed": (0.75, 0.82), "facts": (0.91, 0.94), "timeline": (0.98, 0.98),
        "attributions": (0.86, 0.78), "unconfirmed": (0.70, 0.45),
    },
    # Scored as an unseen set at the start and end of round 9 (stop 11); floors under its end-of-round figures.
    # Unconfirmed claims: 6 gold items.
    "held-out-5": {
        "entities": (0.72, 0.75), "entities_typed": (0.71, 0.74), "facts": (0.92, 0.92), "timeline": (0.89, 0.97),
        "attributions": (0.89, 0.64), "unconfirmed": (0.95, 0.95),
    },
    # Scored as an unseen set at the start and end of round 10 (stop 12), then read for tuning; floors under its figures
    # after that reading and held-out-7's. Unconfirmed claims: 15 gold items.
    "held-out-6": {
        "entities": (0.84, 0.82), "entities_typed": (0.82, 0.80), "facts": (0.98, 0.97), "timeline": (0.98, 0.94),
        "attributions": (0.95, 0.78), "unconfirmed": (0.90, 0.84),
    },
    # Scored once as an unseen set at the end of stop 12 (start 82d2077 against 315434a), then read; floors under its
    # figures after that reading. Unconfirmed claims: 6 gold items.
    "held-out-7": {
        "entities": (0.81, 0.79), "entities_typed": (0.77, 0.75), "facts": (0.98, 0.98), "timeline": (0.95, 0.98),
        "attributions": (0.92, 0.66), "unconfirmed": (0.69, 0.80),
    },
    # Scored as totals at the start and end of stop 12 (82d2077, 4a0c7c8) and not read: the next round's unseen set.
    # Floors under those end figures. Unconfirmed claims: 6 gold items.
    "held-out-8": {
        "entities": (0.83, 0.83), "entities_typed": (0.77, 0.76), "facts": (0.98, 0.94), "timeline": (0.96, 0.96),
        "attributions": (0.87, 0.83), "unconfirmed": (0.64, 0.95),
    },
    # Annotated during stop 13 (abmusu-validation 21-44, positions 3-5), scored as totals at the start and end of its
    # eleventh round (the round's unseen set). Floors under those figures. Unconfirmed claims: 3 gold items.
    "held-out-9": {
        "entities": (0.79, 0.76), "entities_typed": (0.73, 0.71), "facts": (0.94, 0.91), "timeline": (0.92, 0.77),
        "attributions": (0.91, 0.67), "unconfirmed": (0.95, 0.95),
    },
    # Annotated during stop 13 (abmusu-train 14-25, ktlab-dev 9-20, positions 3-5), scored as totals at the start and end
    # of its eleventh round (the round's second unseen set). Floors under those figures. Unconfirmed claims: 13 gold items.
    "held-out-10": {
        "entities": (0.84, 0.80), "entities_typed": (0.81, 0.78), "facts": (0.91, 0.96), "timeline": (0.98, 0.98),
        "attributions": (0.86, 0.63), "unconfirmed": (0.58, 0.67),
    },
    # Annotated during stop 13 (abmusu-train 26-39, ktlab-dev 21-29, positions 3-5), scored as totals at the start and end
    # of its twelfth and thirteenth rounds (their unseen set), then read for the fourteenth (stop 14). Floors under its
    # figures after that reading. Unconfirmed claims: 6 gold items.
    "held-out-11": {
        "entities": (0.86, 0.86), "entities_typed": (0.83, 0.83), "facts": (0.91, 0.93), "timeline": (0.95, 0.92),
        "attributions": (0.93, 0.82), "unconfirmed": (0.95, 0.64),
    },
    # Annotated at the start of stop 14 (abmusu-validation 0-20, ktlab-dev 0-8, positions 3-5), scored as totals at the start
    # and end of the fourteenth round (its unseen set), then read for the fifteenth. Floors under its figures after that
    # reading. Unconfirmed claims: 11 gold items.
    "held-out-12": {
        "entities": (0.89, 0.88), "entities_typed": (0.88, 0.87), "facts": (0.98, 0.92), "timeline": (0.95, 0.96),
        "attributions": (0.96, 0.84), "unconfirmed": (0.86, 0.70),
    },
    # Annotated during stop 14 (abmusu-train 0-13, abmusu-validation 73-79, positions 3-5), scored as totals at the start
    # and end of the fifteenth round (its unseen set; then 0.851/0.857 entities, 0.935/0.707 attributions), read for the
    # seventeenth (stop 15). Floors under its figures after that reading. Unconfirmed claims: 4 gold items.
    "held-out-13": {
        "entities": (0.90, 0.89), "entities_typed": (0.88, 0.87), "facts": (0.98, 0.98), "timeline": (0.98, 0.98),
        "attributions": (0.92, 0.80), "unconfirmed": (0.75, 0.95),
    },
    # Annotated at the start of stop 15 (abmusu-validation 21-38, ktlab-dev 9-15, positions 6-8), scored as totals at the
    # start and end of the seventeenth round (its unseen set; 0.873/0.821 entities, 0.939/0.708 attributions), then read for
    # the eighteenth. Floors under its figures after that reading. Unconfirmed claims: 6 gold items.
    "held-out-14": {
        "entities": (0.85, 0.81), "entities_typed": (0.83, 0.79), "facts": (0.91, 0.90), "timeline": (0.98, 0.92),
        "attributions": (0.92, 0.80), "unconfirmed": (0.53, 0.80),
    },
    # Annotated during stop 15 (abmusu-validation 39-56, ktlab-dev 16-22, positions 6-8), scored as totals at the start and
    # end of the eighteenth round (its unseen set; 0.837/0.818 entities, 0.957/0.714 attributions), then read for the
    # nineteenth (stop 16). Floors under its figures after that reading. Unconfirmed claims: 8 gold items.
    "held-out-15": {
        "entities": (0.84, 0.82), "entities_typed": (0.81, 0.80), "facts": (0.97, 0.98), "timeline": (0.98, 0.89),
        "attributions": (0.94, 0.80), "unconfirmed": (0.78, 0.97),
    },
    # Annotated at the start of stop 16 (abmusu-validation 57-74, ktlab-dev 23-29, positions 6-8), scored as totals at the
    # start and end of the nineteenth round (its unseen set; 0.960/0.828 → 0.962/0.879 attributions), then read for the
    # twentieth. Floors under its figures after that reading. Unconfirmed claims: 8 gold items.
    "held-out-16": {
        "entities": (0.87, 0.86), "entities_typed": (0.87, 0.86), "facts": (0.94, 0.97), "timeline": (0.98, 0.98),
        "attributions": (0.94, 0.94), "unconfirmed": (0.97, 0.85),
    },
    # Annotated during stop 16 (abmusu-validation 0-17, ktlab-dev 0-6, positions 6-8), scored as totals at the start and end
    # of the twentieth round (its unseen set; 0.969/0.721 attributions at both), then read for the twenty-first. Floors under
    # its figures after that reading. Unconfirmed claims: 9 gold items.
    "held-out-17": {
        "entities": (0.85, 0.82), "entities_typed": (0.83, 0.80), "facts": (0.95, 0.92), "timeline": (0.92, 0.95),
        "attributions": (0.95, 0.84), "unconfirmed": (0.79, 0.97),
    },
    # Annotated during stop 16 (abmusu-validation 75-99, positions 6-8), scored as totals at the start and end of the
    # twenty-first round (its unseen set; 0.895/0.791 → 0.897/0.814 attributions), then read for the twenty-second. Floors
    # under its figures after that reading. Unconfirmed claims: 7 gold items.
    "held-out-18": {
        "entities": (0.85, 0.87), "entities_typed": (0.81, 0.82), "facts": (0.89, 0.96), "timeline": (0.96, 0.96),
        "attributions": (0.88, 0.86), "unconfirmed": (0.57, 0.83),
    },
    # Annotated during stop 16 (abmusu-train 0-23, positions 6-8), scored as totals at the start and end of the twenty-second
    # round (its unseen set; 0.854/0.700 attributions at both), then read for the twenty-third. Floors under its figures after
    # that reading. Unconfirmed claims: 7 gold items.
    "held-out-19": {
        "entities": (0.78, 0.85), "entities_typed": (0.73, 0.80), "facts": (0.96, 0.97), "timeline": (0.97, 0.92),
        "attributions": (0.87, 0.80), "unconfirmed": (0.69, 0.69),
    },
    # Annotated during stop 16 (abmusu-train 24-47, positions 6-8), scored as totals at the start and end of the twenty-third
    # round (its unseen set; 0.977/0.792 attributions at both), then read for the twenty-fourth. Floors under its figures
    # after that reading. Unconfirmed claims: 8 gold items.
    "held-out-20": {
        "entities": (0.90, 0.91), "entities_typed": (0.87, 0.88), "facts": (0.95, 0.96), "timeline": (0.93, 0.89),
        "attributions": (0.97, 0.81), "unconfirmed": (0.75, 0.85),
    },
    # Annotated during stop 16 (abmusu-train 48-51 and 181-192, ktlab-dev 7-8, positions 6-8), scored as totals at the start
    # and end of the twenty-fourth round (its unseen set; 1.000/0.878 attributions at both), then read for the twenty-fifth
    # (stop 17). Floors under its figures after that reading. Unconfirmed claims: 16 gold items.
    "held-out-21": {
        "entities": (0.93, 0.86), "entities_typed": (0.90, 0.83), "facts": (0.95, 0.96), "timeline": (0.98, 0.95),
        "attributions": (0.98, 0.96), "unconfirmed": (0.87, 0.98),
    },
    # Annotated during stop 17 (abmusu-validation 18-45, positions 9-11), scored as totals at the start and end of the
    # twenty-fifth round (its unseen set; 0.929/0.812 attributions at both), then read for the twenty-sixth. Floors under its
    # figures after that reading. Unconfirmed claims: 8 gold items.
    "held-out-22": {
        "entities": (0.90, 0.83), "entities_typed": (0.85, 0.79), "facts": (0.87, 0.91), "timeline": (0.96, 0.98),
        "attributions": (0.96, 0.90), "unconfirmed": (0.76, 0.86),
    },
    # Annotated during stop 17 (abmusu-validation 46-69, positions 9-11), scored as totals at the start and end of the
    # twenty-sixth round (its unseen set; 0.885/0.754 attributions at both), then read for the twenty-seventh. Floors under
    # its figures after that reading. Unconfirmed claims: 16 gold items.
    "held-out-23": {
        "entities": (0.88, 0.86), "entities_typed": (0.87, 0.85), "facts": (0.95, 0.97), "timeline": (0.98, 0.98),
        "attributions": (0.88, 0.85), "unconfirmed": (0.92, 0.92),
    },
    # Annotated during stop 17 (abmusu-validation 70-99, positions 9-11), scored as totals at the start and end of the
    # twenty-seventh round (its unseen set; 0.946/0.814 → 0.947/0.837 attributions), then read for the twenty-eighth. Floors
    # under its figures after that reading. Unconfirmed claims: 9 gold items.
    "held-out-24": {
        "entities": (0.85, 0.84), "entities_typed": (0.80, 0.79), "facts": (0.96, 0.98), "timeline": (0.98, 0.98),
        "attributions": (0.96, 0.89), "unconfirmed": (0.80, 0.98),
    },
    # Annotated during stop 17 (abmusu-train 0-23, positions 9-11), scored as totals at the start and end of the
    # twenty-eighth round (its unseen set; 0.884/0.745 attributions at both), then read for the twenty-ninth. Floors under its
    # figures after that reading. Unconfirmed claims: 10 gold items.
    "held-out-25": {
        "entities": (0.75, 0.86), "entities_typed": (0.69, 0.79), "facts": (0.98, 0.97), "timeline": (0.98, 0.98),
        "attributions": (0.87, 0.77), "unconfirmed": (0.71, 0.78),
    },
    # Annotated during stop 17 (ktlab-dev 0-29, positions 9-11), scored as totals at the start and end of the twenty-ninth
    # round (its unseen set; 0.871/0.628 attributions at both), then read for the thirtieth. Floors under its figures after
    # that reading. Unconfirmed claims: 7 gold items.
    "held-out-26": {
        "entities": (0.85, 0.83), "entities_typed": (0.80, 0.78), "facts": (0.96, 0.97), "timeline": (0.98, 0.94),
        "attributions": (0.93, 0.75), "unconfirmed": (0.43, 0.56),
    },
    # Annotated during stop 17 (abmusu-train 24-47, positions 9-11), scored as totals at the start and end of the thirtieth
    # round (its unseen set; 0.969/0.705 attributions at both), then read for the thirty-first. Floors under its figures after
    # that reading. Unconfirmed claims: 6 gold items.
    "held-out-27": {
        "entities": (0.90, 0.91), "entities_typed": (0.87, 0.88), "facts": (0.97, 0.99), "timeline": (0.95, 0.92),
        "attributions": (0.96, 0.78), "unconfirmed": (0.70, 0.82),
    },
    # Annotated during stop 17 (abmusu-validation 0-17, positions 9-11), scored as totals at the start and end of the
    # thirty-first round (its unseen set; 0.900/0.720 attributions at both), then read for the thirty-second. Floors under its
    # figures after that reading. Unconfirmed claims: 6 gold items.
    "held-out-28": {
        "entities": (0.82, 0.83), "entities_typed": (0.78, 0.79), "facts": (0.97, 0.99), "timeline": (0.94, 0.89),
        "attributions": (0.98, 0.78), "unconfirmed": (0.82, 0.82),
    },
    # Annotated during stop 17 (abmusu-train 48-51 and 181-192, positions 9-11), scored as totals at the start and end of the
    # thirty-second round (its unseen set), not read for a round (its misses were listed in the stop-18 survey, which gave
    # round 33 one more hit here). Floors under the round-32 figures. Unconfirmed claims: 5 gold items.
    "held-out-29": {
        "entities": (0.84, 0.87), "entities_typed": (0.76, 0.78), "facts": (0.97, 0.99), "timeline": (0.98, 0.98),
        "attributions": (0.87, 0.67), "unconfirmed": (0.65, 0.78),
    },
    # Annotated during stop 18 (abmusu-validation 0-29, positions 12-14), scored as totals at the start and end of the
    # thirty-third round (its unseen set; 0.900/0.794 attributions at both), then read for the thirty-fourth. Floors under its
    # figures after that reading. Unconfirmed claims: 8 gold items.
    "held-out-30": {
        "entities": (0.85, 0.88), "entities_typed": (0.81, 0.85), "facts": (0.96, 0.96), "timeline": (0.91, 0.98),
        "attributions": (0.91, 0.80), "unconfirmed": (0.65, 0.98),
    },
    # Annotated during stop 18 (ktlab-dev 0-29, positions 12-14), scored as totals at the start and end of the thirty-fourth
    # round (its unseen set; 0.929/0.750 attributions at both), then read for the thirty-fifth (stop 19). Floors under its
    # figures after that reading. Unconfirmed claims: 2 gold items, so their floor is loose.
    "held-out-31": {
        "entities": (0.87, 0.80), "entities_typed": (0.85, 0.78), "facts": (0.88, 0.94), "timeline": (0.91, 0.98),
        "attributions": (0.95, 0.78), "unconfirmed": (0.32, 0.49),
    },
    # Annotated during stop 19 (abmusu-train 0-30, positions 12-14), scored as totals at the start and end of the thirty-fifth
    # round (its unseen set; attributions 0.918/0.750 at both), then read for the thirty-sixth. Floors under its figures
    # after that reading. Unconfirmed claims: 7 gold items.
    "held-out-32": {
        "entities": (0.77, 0.87), "entities_typed": (0.75, 0.85), "facts": (0.98, 0.94), "timeline": (0.91, 0.98),
        "attributions": (0.92, 0.76), "unconfirmed": (0.68, 0.98),
    },
    # Annotated during stop 19 (abmusu-validation 30-69, positions 12-14), scored as totals at the start and end of the
    # thirty-fifth and thirty-sixth rounds (unseen; attributions 0.926/0.685 at all three), then read for the thirty-seventh.
    # Floors under its figures after that reading. Unconfirmed claims: 17 gold items.
    "held-out-33": {
        "entities": (0.84, 0.84), "entities_typed": (0.81, 0.81), "facts": (0.97, 0.98), "timeline": (0.98, 0.95),
        "attributions": (0.92, 0.74), "unconfirmed": (0.59, 0.80),
    },
    # Annotated during stop 19 (abmusu-validation 70-79 and 90-99, positions 12-14), scored as totals at the start and end of
    # the thirty-seventh round (its unseen set; the same figures at both), then read for the thirty-eighth (stop 20). Floors
    # under its figures after that reading. Unconfirmed claims: 4 gold items, so their floor is loose.
    "held-out-34": {
        "entities": (0.92, 0.87), "entities_typed": (0.80, 0.75), "facts": (0.90, 0.93), "timeline": (0.98, 0.98),
        "attributions": (0.84, 0.87), "unconfirmed": (0.75, 0.75),
    },
    # Annotated during stops 19-20 (abmusu-validation 80-89, abmusu-train 31-51 and 181-192, positions 12-14), scored as totals
    # at the start and end of the thirty-eighth round (its unseen set; the same figures at both), then read for the
    # thirty-ninth. Floors under its figures after that reading. Unconfirmed claims: 6 gold items.
    "held-out-35": {
        "entities": (0.86, 0.87), "entities_typed": (0.83, 0.84), "facts": (0.97, 0.91), "timeline": (0.98, 0.93),
        "attributions": (0.98, 0.86), "unconfirmed": (0.70, 0.80),
    },
    # Annotated during stop 20 (abmusu-validation 0-39, positions 15-17: the first set past position 14), scored as totals at
    # the start and end of the thirty-ninth round (its unseen set; the same figures at both), then read for the fortieth. Floors
    # under its figures after that reading. Unconfirmed claims: 10 gold items.
    "held-out-36": {
        "entities": (0.85, 0.86), "entities_typed": (0.78, 0.79), "facts": (0.95, 0.98), "timeline": (0.90, 0.98),
        "attributions": (0.96, 0.80), "unconfirmed": (0.85, 0.75),
    },
    # Annotated during stop 20 (abmusu-validation 40-59 and ktlab-dev 0-29, positions 15-17), scored as totals at the start and
    # end of the fortieth round (its unseen set; the same figures at both), then read for the forty-first (stop 21). Floors under
    # its figures after that reading. Unconfirmed claims: 8 gold items.
    "held-out-37": {
        "entities": (0.87, 0.86), "entities_typed": (0.83, 0.83), "facts": (0.94, 0.93), "timeline": (0.84, 0.98),
        "attributions": (0.91, 0.79), "unconfirmed": (0.55, 0.85),
    },
    # Annotated during stop 21 (abmusu-validation 60-99 and abmusu-train 0-20, positions 15-17), scored as totals at the start and
    # end of the forty-first round (its unseen set), then read for the forty-second. Floors under its figures after that
    # reading. Unconfirmed claims: 8 gold items. Round 49 (stop 24): attribution recall 0.897 -> 0.872, two sentences of an
    # interview (abmusu-train-018) that an unclosed quote had reached by accident; floor lowered under it.
    "held-out-38": {
        "entities": (0.86, 0.89), "entities_typed": (0.83, 0.87), "facts": (0.97, 0.95), "timeline": (0.98, 0.96),
        "attributions": (0.93, 0.86), "unconfirmed": (0.60, 0.95),
    },
    # Annotated during stop 21 (abmusu-train 21-51 and 181-192, positions 15-17), scored as totals at the start and end of the
    # forty-second round (its unseen set), then read for the forty-third (stop 22). Floors under its figures after that reading.
    # Unconfirmed claims: 15 gold items.
    "held-out-39": {
        "entities": (0.87, 0.87), "entities_typed": (0.83, 0.83), "facts": (0.97, 0.93), "timeline": (0.95, 0.98),
        "attributions": (0.98, 0.91), "unconfirmed": (0.78, 0.85),
    },
    # Annotated during stop 22 (abmusu-train 52-63 and 193-199, ktlab-dev 30-57, positions 15-17), scored as totals at the start
    # and end of the forty-third round (its unseen set; the same figures at both), then read for the forty-fourth. Floors under
    # its figures after that reading. Unconfirmed claims: 11 gold items. Round 51 (stop 24): facts 0.862 -> 0.962 precise (a
    # ranking's places in brackets); floor raised under it.
    "held-out-40": {
        "entities": (0.90, 0.82), "entities_typed": (0.85, 0.78), "facts": (0.94, 0.88), "timeline": (0.98, 0.94),
        "attributions": (0.93, 0.89), "unconfirmed": (0.62, 0.70),
    },
    # Annotated during stop 22 (abmusu-validation 0-49, positions 18-20), scored as totals at the start and end of the forty-fourth
    # round (its unseen set; the same figures at both), then read for the forty-fifth. Floors under its figures after that
    # reading. Unconfirmed claims: 11 gold items.
    "held-out-41": {
        "entities": (0.83, 0.86), "entities_typed": (0.76, 0.79), "facts": (0.97, 0.97), "timeline": (0.87, 0.98),
        "attributions": (0.96, 0.86), "unconfirmed": (0.85, 0.80),
    },
    # Annotated during stop 22 (abmusu-validation 50-99, positions 18-20), scored as totals at the start and end of the
    # forty-fifth round (its unseen set; the same figures at both), then read for the forty-sixth. Floors under its figures after
    # that reading. Unconfirmed claims: 11 gold items.
    "held-out-42": {
        "entities": (0.89, 0.89), "entities_typed": (0.86, 0.86), "facts": (0.98, 0.98), "timeline": (0.98, 0.98),
        "attributions": (0.98, 0.82), "unconfirmed": (0.88, 0.95),
    },
    # Annotated during stop 22 (abmusu-train 0-51, positions 18-20), scored as totals at the start and end of the forty-sixth
    # round (its unseen set; the same figures at both), then read for the forty-seventh. Floors under its figures after that
    # reading. Unconfirmed claims: 9 gold items.
    "held-out-43": {
        "entities": (0.90, 0.86), "entities_typed": (0.84, 0.80), "facts": (0.94, 0.94), "timeline": (0.92, 0.92),
        "attributions": (0.87, 0.89), "unconfirmed": (0.70, 0.85),
    },
    # Annotated during stop 22 (ktlab-dev 0-57, positions 18-20), scored as totals at the start and end of the forty-seventh round
    # (its unseen set; the same figures at both), not read. Floors under its figures at the end. Unconfirmed claims: 5 gold items.
    # Stop 23: the learned second opinion on entities (kept out of its training) raised entities 0.898 / 0.872 -> 0.909 / 0.872,
    # typed 0.862 / 0.837 -> 0.879 / 0.843; entity floors raised under those.
    "held-out-44": {
        "entities": (0.90, 0.86), "entities_typed": (0.87, 0.83), "facts": (0.98, 0.95), "timeline": (0.98, 0.98),
        "attributions": (0.93, 0.74), "unconfirmed": (0.45, 0.75),
    },
    # Annotated during stop 23 (abmusu-validation 0-99, positions 21-23), scored as totals at its start (639c2e4), not read.
    # Floors under those figures: entities 0.925 / 0.884, typed 0.904 / 0.864, facts 0.943 / 0.917, timeline 0.848 / 0.933,
    # attributions 0.898 / 0.726, unconfirmed 0.762 / 0.941 (17 gold items). Read for round 49 (stop 24): facts 0.971 / 0.926,
    # timeline 0.933 / 0.933, attributions 0.937 / 0.808; floors raised under those.
    "held-out-45": {
        "entities": (0.91, 0.87), "entities_typed": (0.89, 0.85), "facts": (0.95, 0.91), "timeline": (0.91, 0.92),
        "attributions": (0.92, 0.79), "unconfirmed": (0.74, 0.92),
    },
    # Annotated during stop 23 (abmusu-train 0-63 and 181-199, positions 21-23), scored as totals at 9b1d12b, not read. Floors under
    # those figures: entities 0.915 / 0.874, typed 0.878 / 0.838, facts 0.929 / 0.915, timeline 0.974 / 0.949, attributions 0.883 /
    # 0.697, unconfirmed 0.667 / 1.000 (14 gold items). Read for round 50 (stop 24): attributions 0.889 / 0.737, unconfirmed
    # 0.778 / 1.000; floors raised under those.
    "held-out-46": {
        "entities": (0.90, 0.86), "entities_typed": (0.86, 0.82), "facts": (0.91, 0.90), "timeline": (0.95, 0.93),
        "attributions": (0.87, 0.72), "unconfirmed": (0.76, 0.97),
    },
    # Annotated during stop 24 (ktlab-dev 0-57, positions 21-23), scored as totals at 83ce589, not read. Floors under those
    # figures: entities 0.949 / 0.898, typed 0.898 / 0.849, facts 0.714 / 0.962 (26 gold items), timeline 1.000 / 1.000 (12),
    # attributions 0.900 / 0.692, unconfirmed 0.400 / 0.500 (4 gold items: one more false claim or one lost hit fails). Its facts
    # read for round 51 (stop 24): 0.962 / 0.962; floor raised under it.
    "held-out-47": {
        "entities": (0.93, 0.88), "entities_typed": (0.88, 0.83), "facts": (0.94, 0.95), "timeline": (0.91, 0.91),
        "attributions": (0.86, 0.66), "unconfirmed": (0.52, 0.74),  # round 53 (stop 25): 0.571 / 1.000
    },
    # Annotated during stop 24 (abmusu-validation 0-99, positions 24-26), scored as totals at 92bf499 (the end of round 49), not
    # read. Floors under those figures: entities 0.916 / 0.877, typed 0.876 / 0.839, facts 0.974 / 0.950, timeline 0.970 / 1.000,
    # attributions 0.923 / 0.845, unconfirmed 0.737 / 0.778 (18 gold items). Read for round 52 (stop 25): attributions 0.930 /
    # 0.930, unconfirmed 0.824 / 0.778; floors raised under them.
    "held-out-48": {
        "entities": (0.90, 0.86), "entities_typed": (0.86, 0.82), "facts": (0.95, 0.93), "timeline": (0.94, 0.96),
        "attributions": (0.90, 0.90), "unconfirmed": (0.78, 0.80),  # round 53: unconfirmed 0.833 / 0.833
    },
    # Annotated during stop 25 (ktlab-dev 0-57, positions 24-26), scored as totals at c77a8ed (before round 52), not read.
    # Floors under those figures: entities 0.892 / 0.875, typed 0.843 / 0.827, facts 0.850 / 0.895 (19 gold items), timeline
    # 1.000 / 1.000 (6), attributions 0.941 / 0.667 (24), unconfirmed 0.600 / 1.000 (3 gold items: one lost hit fails).
    "held-out-49": {  # read for round 53 (stop 25): attributions 1.000 / 0.792
        "entities": (0.87, 0.85), "entities_typed": (0.82, 0.80), "facts": (0.80, 0.84), "timeline": (0.85, 0.83),
        "attributions": (0.95, 0.77), "unconfirmed": (0.49, 0.66),
    },
    # Annotated during stop 25 (abmusu-train 0-63 and 181-199, positions 24-26), scored as totals at c77a8ed, not read. Floors
    # under those figures: entities 0.899 / 0.876, typed 0.873 / 0.851, facts 0.976 / 0.938, timeline 0.969 / 1.000,
    # attributions 0.982 / 0.833, unconfirmed 0.893 / 0.862 (29 gold items).
    "held-out-50": {  # read for round 53 (stop 25): attributions 0.983 / 0.879
        "entities": (0.88, 0.86), "entities_typed": (0.85, 0.83), "facts": (0.95, 0.92), "timeline": (0.93, 0.96),
        "attributions": (0.95, 0.85), "unconfirmed": (0.85, 0.82),
    },
    # Annotated during stop 25 (positions 27-29 of abmusu-validation 0-99, ktlab-dev 0-57 and abmusu-train 0-63, 181-199), scored
    # as totals at e1eb0eb (the end of round 52), not read. Floors under those figures. Held-out-51: entities 0.889 / 0.844,
    # typed 0.889 / 0.844, facts 0.943 / 0.988, timeline 0.929 / 1.000 (26 gold items), attributions 0.960 / 0.857, unconfirmed
    # 0.643 / 0.562 (16). Held-out-52: entities 0.884 / 0.910, typed 0.826 / 0.851, facts 0.857 / 1.000 (18), timeline 1.000 /
    # 1.000 (6), attributions 1.000 / 0.857 (14), unconfirmed 0.571 / 1.000 (4 gold items: one lost hit fails). Held-out-53:
    # entities 0.933 / 0.916, typed 0.926 / 0.910, facts 1.000 / 0.913, timeline 0.952 / 1.000 (20), attributions 0.966 / 0.770,
    # unconfirmed 0.818 / 0.818 (22).
    "held-out-51": {  # its entities read for round 54 (stop 25): 0.908 / 0.878, typed the same
        "entities": (0.89, 0.86), "entities_typed": (0.89, 0.86), "facts": (0.92, 0.97), "timeline": (0.89, 0.96),
        "attributions": (0.93, 0.83), "unconfirmed": (0.60, 0.50),
    },
    "held-out-52": {
        "entities": (0.86, 0.89), "entities_typed": (0.80, 0.83), "facts": (0.81, 0.94), "timeline": (0.85, 0.83),
        "attributions": (0.92, 0.78), "unconfirmed": (0.49, 0.74),
    },
    "held-out-53": {
        "entities": (0.91, 0.90), "entities_typed": (0.90, 0.89), "facts": (0.97, 0.89), "timeline": (0.90, 0.94),
        "attributions": (0.94, 0.75), "unconfirmed": (0.77, 0.77),
    },
}


@pytest.mark.slow
@pytest.mark.parametrize("name", list(FLOORS))
def test_precision_recall_floors(name, data_dir, seeds_dir):
    import analysis

    paths = sorted((analysis.ANNOTATIONS / analysis.SETS[name]).glob("*.json"))
    assert paths, f"no annotation files for {name}"
    result, _, _, _ = analysis.evaluate(paths)
    annotated = sum(len(analysis.json.loads(p.read_text(encoding="utf-8"))["sentences"]) for p in paths)
    # A change of the splitter may move a few annotated sentences out of reach; many means re-annotate.
    assert result["drifted_sentences"] <= annotated // 10, "annotated sentences changed: re-anchor tests/data/analysis"
    for key, (p_floor, r_floor) in FLOORS[name].items():
        assert result[key]["precision"] >= p_floor, (key, result[key])
        assert result[key]["recall"] >= r_floor, (key, result[key])


def test_rules_only_scores_the_entities_before_the_learned_second_opinion(data_dir, seeds_dir):
    import analysis

    path = analysis.ANNOTATIONS / "abmusu-train-005.json"  # two of the rules' entities here are dropped by the keep model
    with_models, _, _, _ = analysis.evaluate([path])
    rules_only, _, _, _ = analysis.evaluate([path], rules_only=True)
    assert rules_only["entities"]["system"] == with_models["entities"]["system"] + 2
    assert rules_only["facts"] == with_models["facts"] and rules_only["attributions"] == with_models["attributions"]


def test_an_annotation_agrees_with_itself_and_every_second_annotation_has_a_first(data_dir):
    import agreement

    seconds = sorted(agreement.SECOND.glob("*.json"))
    assert seconds and all(agreement.first_of(p).exists() for p in seconds)
    firsts = [agreement.first_of(p) for p in seconds[:3]]
    result = agreement.agreement(firsts)  # the first annotations read as the second: the digest adapter loses nothing
    assert all(r["precision"] == 1.0 and r["recall"] == 1.0 for r in result.values()), result
