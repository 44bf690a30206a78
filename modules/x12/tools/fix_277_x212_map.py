#!/usr/bin/env python3
"""Re-nests the pyx12 277 X212 map so that it can place the HL levels of a real 277.

The original map (pyx12/map/277.5010.X212.xml) lists loops 2000C, 2000D and 2000E in
separate wrapper tables beside 2000A, and puts SE outside the transaction set, so a reader
driven by it cannot place HL*19 after loop 2200B ("required loop 2000B missing"). In the
implementation guide each level is the child of the one before it: 2000A > 2000B > 2000C >
2000D > 2000E. This script moves the loops to those places and SE to the end of ST_LOOP;
everything else (segments, elements, codes) is kept as pyx12 wrote it.

Usage: fix_277_x212_map.py ORIGINAL.xml OUTPUT.xml
"""
import sys
import xml.etree.ElementTree as ET

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<!--
######################################################################
# Copyright (c)
#   John Holland <john@zoner.org>
# All rights reserved.
#
# This software is licensed as described in the file LICENSE.txt, which
# you should have received as part of this distribution.
#
######################################################################
# Re-nested for Frontdesk by modules/x12/tools/fix_277_x212_map.py.
-->
"""


def find_loop(node, xid):
    for el in node.iter("loop"):
        if el.get("xid") == xid:
            return el
    raise SystemExit("loop %s not found" % xid)


def parent_of(root, child):
    for el in root.iter():
        if child in list(el):
            return el
    raise SystemExit("no parent")


def main(src, dst):
    tree = ET.parse(src)
    root = tree.getroot()
    st_loop = find_loop(root, "ST_LOOP")
    chain = ["2000B", "2000C", "2000D", "2000E"]
    for upper, lower in zip(chain, chain[1:]):
        moved = find_loop(root, lower)
        wrapper = parent_of(root, moved)
        wrapper.remove(moved)
        find_loop(root, upper).append(moved)
        if wrapper.get("type") == "wrapper" and not wrapper.findall("loop") and not wrapper.findall("segment"):
            parent_of(root, wrapper).remove(wrapper)
    area3 = find_loop(root, "TABLE2AREA3")
    se = [s for s in area3.iter("segment") if s.get("xid") == "SE"][0]
    parent_of(root, area3).remove(area3)
    st_loop.append(se)
    ET.indent(tree, space="  ")
    with open(dst, "w", encoding="utf-8") as out:
        out.write(HEADER)
        out.write(ET.tostring(root, encoding="unicode"))
        out.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
