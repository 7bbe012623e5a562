#!/usr/bin/env python3
"""Reads dateline's GDELT output the way GDELT's users do: pandas with the column lists
and types of the GDELT 2.0 Event and GKG 2.1 codebooks, written here from the codebooks,
independently of dateline's code.

usage: gdelt_reader.py EVENTS.tsv GKG.tsv
Exits non-zero, naming the row and column, when a row does not read.
"""
import csv
import sys

import pandas as pd

ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
         "Type1Code", "Type2Code", "Type3Code"]
GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
EVENT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in ACTOR] + [f"Actor2{c}" for c in ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in GEO] + [f"Actor2Geo_{c}" for c in GEO] + [f"ActionGeo_{c}" for c in GEO]
    + ["DATEADDED", "SOURCEURL"]
)
EVENT_TYPES = {c: "string" for c in EVENT_COLUMNS}
EVENT_TYPES.update({c: "int64" for c in ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent",
                                          "QuadClass", "NumMentions", "NumSources", "NumArticles", "DATEADDED"]})
EVENT_TYPES.update({c: "float64" for c in ["FractionDate", "GoldsteinScale", "AvgTone"]})
for prefix in ("Actor1Geo_", "Actor2Geo_", "ActionGeo_"):
    EVENT_TYPES[prefix + "Type"] = "Int64"
    EVENT_TYPES[prefix + "Lat"] = "float64"
    EVENT_TYPES[prefix + "Long"] = "float64"

GKG_COLUMNS = ["GKGRECORDID", "DATE", "SourceCollectionIdentifier", "SourceCommonName", "DocumentIdentifier",
               "Counts", "V2Counts", "Themes", "V2Themes", "Locations", "V2Locations", "Persons", "V2Persons",
               "Organizations", "V2Organizations", "V2Tone", "Dates", "GCAM", "SharingImage", "RelatedImages",
               "SocialImageEmbeds", "SocialVideoEmbeds", "Quotations", "AllNames", "Amounts", "TranslationInfo",
               "Extras"]
GKG_TYPES = {c: "string" for c in GKG_COLUMNS}
GKG_TYPES.update({"DATE": "int64", "SourceCollectionIdentifier": "int64"})


def fail(message):
    sys.exit(f"gdelt_reader: {message}")


def check_fields(path, width):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            fields = line.rstrip("\n").split("\t")
            if len(fields) != width:
                fail(f"{path}:{number}: {len(fields)} fields, GDELT has {width}")


def read(path, columns, types):
    return pd.read_csv(path, sep="\t", header=None, names=columns, dtype=types, quoting=csv.QUOTE_NONE,
                       keep_default_na=False, na_values={c: [""] for c, t in types.items() if t != "string"})


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    events_path, gkg_path = sys.argv[1:]
    check_fields(events_path, 61)
    check_fields(gkg_path, 27)
    events = read(events_path, EVENT_COLUMNS, EVENT_TYPES)
    gkg = read(gkg_path, GKG_COLUMNS, GKG_TYPES)
    if len(events) == 0 or len(gkg) == 0:
        fail("no rows to check")
    # Values GDELT's users rely on.
    if not events["GLOBALEVENTID"].is_unique:
        fail("GLOBALEVENTID repeats")
    codes = events["EventCode"]
    if not codes.str.fullmatch(r"\d{2,4}").all():
        fail(f"EventCode not CAMEO digits: {codes[~codes.str.fullmatch(r'[0-9]{2,4}')].tolist()}")
    if not (events["EventRootCode"] == codes.str[:2]).all():
        fail("EventRootCode is not the first two digits of EventCode")
    if not events["QuadClass"].between(1, 4).all():
        fail("QuadClass outside 1-4")
    if not events["GoldsteinScale"].between(-10, 10).all():
        fail("GoldsteinScale outside -10..10")
    if not (events["NumMentions"] >= 1).all():
        fail("NumMentions below 1")
    if not events["SQLDATE"].between(19000101, 21001231).all():
        fail("SQLDATE not a YYYYMMDD date")
    if (events["Actor1Code"] == "").any():
        fail("an event without Actor1Code")
    located = events["ActionGeo_Lat"].notna()
    if not (events.loc[located, "ActionGeo_Lat"].between(-90, 90).all()
            and events.loc[located, "ActionGeo_Long"].between(-180, 180).all()):
        fail("ActionGeo coordinates out of range")
    tone = gkg["V2Tone"].str.split(",", expand=True)
    if tone.shape[1] != 7:
        fail(f"V2Tone has {tone.shape[1]} fields, GDELT has 7")
    tone.astype("float64")
    for column in ("V2Themes", "V2Persons", "V2Organizations", "AllNames"):
        for value in gkg[column]:
            for item in filter(None, value.split(";")):
                name, _, offset = item.rpartition(",")
                if not name or not offset.isdigit():
                    fail(f"{column} item {item!r} is not NAME,OFFSET")
    for value in gkg["V2Locations"]:
        for item in filter(None, value.split(";")):
            if len(item.split("#")) != 9:
                fail(f"V2Locations item {item!r} does not have 9 fields")
    for value in gkg["Dates"]:
        for item in filter(None, value.split(";")):
            parts = item.split("#")
            if len(parts) != 5 or not all(p.lstrip("-").isdigit() for p in parts):
                fail(f"Dates item {item!r} is not RES#MONTH#DAY#YEAR#OFFSET")
            if parts[0] == "4" and parts[3] == "0":
                fail(f"Dates item {item!r} has a day without its year")
    for value in gkg["Quotations"]:
        for item in filter(None, value.split("#")):
            if len(item.split("|")) != 4:
                fail(f"Quotations item {item!r} is not OFFSET|LENGTH|VERB|QUOTE")
    print(f"read {len(events)} events x {events.shape[1]} columns, {len(gkg)} GKG records x {gkg.shape[1]} columns")


if __name__ == "__main__":
    main()
