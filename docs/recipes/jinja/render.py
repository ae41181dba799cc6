"""The harness: reads an article JSON document (the seed's shape) and renders
article.html.j2 with it, as a Flask view would. Usage:

    python3 render.py article.json [folio.css URL] [folio.js URL] > page.html
"""
import json
import re
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jinja2 import Environment, FileSystemLoader, select_autoescape

TAB_OR_NEWLINE = re.compile(r'[\t\n\r]')
EDGE_CONTROLS = re.compile(r'^[\x00-\x20]+|[\x00-\x20]+$')
SCHEME = re.compile(r'^([a-zA-Z][a-zA-Z0-9+.\-]*):')


def safe_url(value):
    """The URL when it is http(s), mailto, relative or a fragment, else ''.

    Browsers ignore tabs, newlines and edge spaces in a URL, so "java\\tscript:"
    is judged as what it is. Django: register the same function as a filter.
    """
    url = EDGE_CONTROLS.sub('', TAB_OR_NEWLINE.sub('', value or ''))
    scheme = SCHEME.match(url)
    if scheme and scheme.group(1).lower() not in ('http', 'https', 'mailto'):
        return ''
    return url


def shown_date(value, time_zone):
    """How the page's locale (zh-CN) writes a date in the page's zone: 2023年6月1日 上午10:40."""
    try:
        value = value.astimezone(ZoneInfo(time_zone))
    except (ZoneInfoNotFoundError, ValueError):
        pass  # an unknown zone: the date's own offset, rather than no page at all
    meridiem = '上午' if value.hour < 12 else '下午'
    return f'{value.year}年{value.month}月{value.day}日 {meridiem}{value.hour % 12 or 12}:{value.minute:02d}'


def parse_date(iso):
    return datetime.fromisoformat(iso) if iso else None


def side(post):
    if not post:
        return None
    return {'label': post['label'], 'title': post.get('title'), 'href': post.get('href'), 'date': parse_date(post.get('datePublished'))}


def main(argv):
    if len(argv) < 2:
        print('usage: python3 render.py article.json [folio.css URL] [folio.js URL]', file=sys.stderr)
        return 2
    article = json.loads(Path(argv[1]).read_text(encoding='utf-8'))
    # The captured disclaimer ends with its own report sentence (如发现本站…举报…); the
    # notice writes that sentence from report-email / report-dialog, so the site's
    # text stops before it.
    disclaimer = article['copyright']['disclaimer'].split('如发现本站')[0]

    env = Environment(
        loader=FileSystemLoader(Path(__file__).parent),
        autoescape=select_autoescape(['html', 'j2']),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters['safe_url'] = safe_url
    env.filters['shown_date'] = shown_date
    page = env.get_template('article.html.j2').render(
        lang=article['lang'],
        title=article['title'],
        blocks=article['blocks'],
        published=parse_date(article.get('datePublished')),
        time_zone=article['timeZone'],
        reprint_notice=article['reprintNotice'],
        disclaimer=disclaimer,
        report_email=article['copyright'].get('reportEmail'),
        report_action='/api/reports',
        prev=side(article.get('prev')),
        next=side(article.get('next')),
        related_heading=article['related']['heading'],
        related_items=article['related']['items'],
        folio_css=argv[2] if len(argv) > 2 else '/folio-elements/dist/folio.css',
        folio_js=argv[3] if len(argv) > 3 else '/folio-elements/dist/folio.js',
    )
    sys.stdout.write(page)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
