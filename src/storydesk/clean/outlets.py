"""The outlet table: an outlet's name by its domain, the one place that spells outlets.

Keyed by registered domain (or a host, where one domain serves several outlets). A domain
not here is shown as itself, registered part only ("articles.latimes.com" -> "latimes.com"),
found with the Public Suffix List that the ``tld`` package ships (offline), so
"bharatwaves.co.in" stays whole. Entries are the names the outlets print on their own pages;
the domains are those of the pages in ../shared/datasets (Zyte, fundus, the addresses of the
ECB+ "plus" pages) and other large newsrooms a journalist meets daily.
"""

from __future__ import annotations

from functools import cache

from tld import get_fld

DOMAINS = {
    "abc.net.au": "ABC News (Australia)",
    "abcnews.go.com": "ABC News",
    "afp.com": "AFP",
    "aljazeera.com": "Al Jazeera",
    "apnews.com": "AP News",
    "bbc.co.uk": "BBC",
    "bbc.com": "BBC",
    "bloomberg.com": "Bloomberg",
    "businessinsider.com": "Business Insider",
    "cbc.ca": "CBC",
    "cbsnews.com": "CBS News",
    "cnbc.com": "CNBC",
    "cnn.com": "CNN",
    "dailymail.co.uk": "Daily Mail",
    "dw.com": "DW",
    "economist.com": "The Economist",
    "forbes.com": "Forbes",
    "foxnews.com": "Fox News",
    "france24.com": "France 24",
    "ft.com": "Financial Times",
    "huffingtonpost.com": "HuffPost",
    "huffpost.com": "HuffPost",
    "independent.co.uk": "The Independent",
    "latimes.com": "Los Angeles Times",
    "nbcnews.com": "NBC News",
    "news.yahoo.com": "Yahoo News",
    "newyorker.com": "The New Yorker",
    "npr.org": "NPR",
    "nypost.com": "New York Post",
    "nytimes.com": "The New York Times",
    "politico.com": "Politico",
    "reuters.com": "Reuters",
    "sky.com": "Sky News",
    "telegraph.co.uk": "The Telegraph",
    "theatlantic.com": "The Atlantic",
    "theguardian.com": "The Guardian",
    "guardian.co.uk": "The Guardian",
    "thehill.com": "The Hill",
    "theintercept.com": "The Intercept",
    "thenation.com": "The Nation",
    "themoscowtimes.com": "The Moscow Times",
    "usatoday.com": "USA Today",
    "washingtonpost.com": "The Washington Post",
    "washingtontimes.com": "The Washington Times",
    "wsj.com": "The Wall Street Journal",
}
# Publishing groups that own many outlets: a copyright line in their name ("© 2019 Hearst
# Communications", "Dow Jones & Company", "Vox Media", "Penske Media", "Condé Nast") names
# the owner, not the masthead the reader saw. Seen on ctpost.com, sfgate.com, chron.com,
# timesunion.com, mysanantonio.com (Hearst); wsj.com, barrons.com (Dow Jones); theverge.com,
# sbnation.com blogs (Vox Media); rollingstone.com, indiewire.com (Penske); newyorker.com,
# wired.com (Condé Nast); sportsnet.ca (Rogers); thehill.com (News Communications);
# zdnet.com (CBS Interactive); msn.com (Microsoft); others are the largest US/UK groups.
OWNERS = frozenset(
    name.casefold()
    for name in (
        "Hearst", "Dow Jones", "Vox", "Penske", "Penske Business", "Condé Nast", "Conde Nast",
        "Rogers", "News", "CBS", "Microsoft", "Gannett", "Advance Local", "Tribune",
        "McClatchy", "Lee", "Axel Springer", "News Corp", "Nexstar", "Sinclair", "Ziff Davis",
        "Future", "Breaking", "Mortons", "NBCUniversal", "NBC Universal", "Warner Bros",
        "Bauer", "Reach", "Newsquest", "Daily Mail and General Trust", "Quiller",
    )
)
HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.", "edition.", "beta.")


def name_for_domain(host: str) -> str:
    """The table's name for ``host`` or a parent of it, else its registered domain."""
    host = host.casefold().rstrip(".")
    for prefix in HOST_PREFIXES:
        host = host.removeprefix(prefix)
    parts = host.split(".")
    for index in range(len(parts) - 1):
        name = DOMAINS.get(".".join(parts[index:]))
        if name:
            return name
    return _registered(host)


@cache
def _registered(host: str) -> str:
    found = get_fld(host, fix_protocol=True, fail_silently=True)
    return str(found) if found else host


def name_for_initials(initials: str) -> str | None:
    """The one table name whose initials these are ("FT" -> "Financial Times")."""
    matches = {name for name in DOMAINS.values() if _initials(name) == initials.upper()}
    return next(iter(matches)) if len(matches) == 1 else None


def name_as_spelled(name: str) -> str | None:
    """The table's spelling of a name written in other case ("USA TODAY" -> "USA Today")."""
    key = name.casefold()
    return next((known for known in DOMAINS.values() if known.casefold() == key), None)


def _initials(name: str) -> str:
    words = name.split()
    words = words[1:] if words and words[0] == "The" else words
    return "".join(word[0] for word in words if word[:1].isupper())


def is_owner(name: str) -> bool:
    """A publishing group's name, not an outlet's (see OWNERS)."""
    bare = name[4:] if name.lower().startswith("the ") else name
    return bare.casefold() in OWNERS
