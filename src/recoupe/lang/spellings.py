"""The spellings languages give one foreign name, folded to one key (``group/entities.py``
``sound``): "Pachinian", "Pashinyan", "Paschinjan"; "Karabagh", "Karabakh", "Garabagh".

This table is across languages, not of one: a name's transliteration into French ("ou", "ch"),
English ("u", "sh"), German ("sch", "j") and others meets here. The pairs are applied in order,
longest first where one holds another. The last, g/k, also makes "Gaza" and "Kaza" one key: two
different names that are rarely in one story; without it "Garabagh" (Azerbaijani) is not
"Karabakh" (issue 16 keeps it for that reason; a transliteration table per script would be the
general answer).
"""

SPELLINGS = (("tsch", "ch"), ("tch", "ch"), ("sch", "ch"), ("sh", "ch"), ("dzh", "j"), ("dj", "j"), ("zh", "j"),
             ("kh", "k"), ("gh", "g"), ("ck", "k"), ("ph", "f"), ("ou", "u"), ("w", "v"), ("y", "i"), ("q", "k"),
             ("g", "k"), ("c", "k"))
