"""Write test/data/written-elsewhere/openpyxl.xlsx: a personnel export as openpyxl (and so pandas'
to_excel) writes it, for the door tests. openpyxl names its parts by absolute path in the
relationships ("/xl/worksheets/sheet1.xml") and writes workbook.xml after the sheets; a reader that
expects Excel's relative targets loses the sheet names and the hidden states.

Run with Debian's python3-openpyxl (3.0.9): /usr/bin/python3 scripts/write-openpyxl-fixture.py
The data is fictitious; the INSZ numbers pass the mod-97 check but belong to nobody known."""
import datetime
import openpyxl

book = openpyxl.Workbook()
names = book.active
names.title = "Namen"
names.append(["INSZ", "Naam"])
names.append(["86010100136", "Jan Peeters"])
names.sheet_state = "hidden"

staff = book.create_sheet("Personeel")
staff.append(["INSZ", "Geboortedatum", "Nationaliteit", "Geslacht", "Dienst"])
rows = [
    ("86010100136", datetime.datetime(1986, 1, 1), "Belg", "M", "Personeel"),
    ("90022812368", datetime.datetime(1990, 2, 28), "Marokkaan", "V", "Financiën"),
    ("75103000264", datetime.datetime(1975, 10, 30), "Fransman", "V", "Personeel"),
]
for row in rows:
    staff.append(list(row))

settings = book.create_sheet("Instellingen")
settings.append(["secret"])
settings.sheet_state = "veryHidden"

book.active = 1
book.save("test/data/written-elsewhere/openpyxl.xlsx")
