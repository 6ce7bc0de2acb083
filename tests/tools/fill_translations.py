#!/usr/bin/env python3
"""Fill the unfinished messages of translations/socketlab_zh_CN.ts and the plural forms of
socketlab_en.ts after `cmake --build BUILD --target update_translations` (lupdate).

Translations come from tab-separated files, one message a line: context<TAB>source<TAB>translation
(`\\n`, `\\t` and `\\\\` escaped). By default every translations/pending_*.tsv is read, plus any
file given with --tsv. A numerus (%n) message takes one translation (Chinese has one plural form).

    python3 tests/tools/fill_translations.py            # fill, then report what is left
    python3 tests/tools/fill_translations.py --check    # only report; exit 1 if anything is left

A message still unfinished after that takes the translation its source text had in the catalogue
at a git revision (--reuse REV, default HEAD), when that text had exactly one translation there:
a class that was renamed or moved (a new context) keeps its translations without a .tsv line.

socketlab_en.ts: only plural messages are filled ("%n byte(s)" -> "%n byte" / "%n bytes"); the
other English messages stay unfinished on purpose (the source text is shown).
"""
import argparse
import glob
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TS_DIR = os.path.join(ROOT, 'translations')
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def unescape(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == '\\' and i + 1 < len(text):
            n = text[i + 1]
            out.append({'n': '\n', 't': '\t', '\\': '\\'}.get(n, '\\' + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def read_tsv(paths):
    table = {}
    for path in paths:
        with open(path, encoding='utf-8') as f:
            for lineno, line in enumerate(f, 1):
                line = line.rstrip('\n')
                if not line.strip() or line.startswith('#'):
                    continue
                parts = line.split('\t')
                if len(parts) != 3:
                    print(f'{path}:{lineno}: expected 3 tab-separated fields, got {len(parts)}', file=sys.stderr)
                    continue
                ctx, src, tr = (unescape(p) for p in parts)
                table[(ctx, src)] = tr
    return table


def read_reuse(rev):
    """source text -> translation in zh_CN.ts at git revision `rev` (only unambiguous ones)."""
    if not rev:
        return {}
    try:
        text = subprocess.run(['git', 'show', f'{rev}:translations/socketlab_zh_CN.ts'], cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    seen = {}
    for msg in ET.fromstring(text).iter('message'):
        tr = msg.find('translation')
        if tr is None or tr.get('type') in ('unfinished', 'vanished', 'obsolete'):
            continue
        forms = [f.text for f in tr.findall('numerusform')]
        value = forms[0] if forms else tr.text
        if value:
            seen.setdefault((msg.get('numerus') == 'yes', msg.findtext('source')), set()).add(value)
    return {key: next(iter(values)) for key, values in seen.items() if len(values) == 1}


def english_plural(source):
    """'%n byte(s)' -> ('%n byte', '%n bytes'); 'y(ies)' style too."""
    one = re.sub(r'\((?:s|es)\)', '', source)
    one = re.sub(r'(\w)\(ies\)', r'\1y', one)
    many = re.sub(r'\((s|es)\)', r'\1', source)
    many = re.sub(r'(\w)y\(ies\)', r'\1ies', many)
    many = re.sub(r'(\w)\(ies\)', r'\1ies', many)
    return one, many


def placeholders(text):
    return sorted(set(re.findall(r'%L?(?:n|\d+)', text)))


def write(tree, path):
    ET.indent(tree, space='    ')
    body = ET.tostring(tree.getroot(), encoding='unicode')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER + body + '\n')


def fill_zh(path, table, check, reuse=None):
    tree = ET.parse(path)
    left, filled, problems = [], 0, []
    for ctx in tree.getroot().iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            tr = msg.find('translation')
            if tr.get('type') != 'unfinished':
                continue
            src = msg.findtext('source')
            text = table.get((name, src))
            if text is None and reuse:
                text = reuse.get((msg.get('numerus') == 'yes', src))
            if text is None or check:
                left.append((name, src))
                continue
            if placeholders(text) != placeholders(src) and not (
                    msg.get('numerus') == 'yes' and placeholders(text.replace('%Ln', '%n')) == placeholders(src.replace('%Ln', '%n'))):
                problems.append((name, src, text))
            del tr.attrib['type']
            if msg.get('numerus') == 'yes':
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                form = ET.SubElement(tr, 'numerusform')
                form.text = text
            else:
                tr.text = text
            filled += 1
    if filled:
        write(tree, path)
    return filled, left, problems


def fill_en(path, check):
    tree = ET.parse(path)
    filled, left = 0, []
    for ctx in tree.getroot().iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            if msg.get('numerus') != 'yes':
                continue
            tr = msg.find('translation')
            forms = [f.text for f in tr.findall('numerusform')]
            if tr.get('type') != 'unfinished' and all(forms) and len(forms) == 2:
                continue
            src = msg.findtext('source')
            if check:
                left.append((name, src))
                continue
            one, many = english_plural(src)
            tr.attrib.pop('type', None)
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for text in (one, many):
                ET.SubElement(tr, 'numerusform').text = text
            filled += 1
    if filled:
        write(tree, path)
    return filled, left


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--tsv', action='append', default=[], help='another file of translations')
    parser.add_argument('--check', action='store_true', help='report only')
    parser.add_argument('--reuse', default='HEAD', metavar='REV',
                        help='git revision whose catalogue lends translations by source text ("" = none)')
    args = parser.parse_args()
    table = read_tsv(sorted(glob.glob(os.path.join(TS_DIR, 'pending_*.tsv'))) + args.tsv)
    reuse = None if args.check else read_reuse(args.reuse)
    filled, left, problems = fill_zh(os.path.join(TS_DIR, 'socketlab_zh_CN.ts'), table, args.check, reuse)
    en_filled, en_left = fill_en(os.path.join(TS_DIR, 'socketlab_en.ts'), args.check)
    print(f'zh_CN: {filled} filled, {len(left)} unfinished; en: {en_filled} plural messages filled, {len(en_left)} left')
    for ctx, src in left:
        print(f'  unfinished: {ctx}\t{src!r}')
    for ctx, src, text in problems:
        print(f'  placeholders differ: {ctx}\t{src!r}\t{text!r}', file=sys.stderr)
    return 1 if (left or en_left or problems) else 0


if __name__ == '__main__':
    sys.exit(main())
