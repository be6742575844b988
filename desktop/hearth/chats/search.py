"""Full-text search over messages and titles, safe for anything a person types.

The query is never handed to FTS5 as syntax: it is split into terms (words,
or "quoted phrases"), each term becomes an FTS5 string literal, and the terms
are ANDed. So "C++", `NOT`, `a"b`, `NEAR(` and `*` are searched for as text.
The trigram index cannot look up terms shorter than three characters (one or
two Chinese characters, "Go", "é"); those are matched with LIKE on the rows the
other terms found, or, when every term is short, by scanning the newest
messages first until enough are found.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from hearth.chats.records import SearchHit

SNIPPET_WIDTH = 120
_TERM = re.compile(r'"([^"]*)"|(\S+)')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def parse_query(query: str) -> list[str]:
    """The distinct terms of a query: "quoted phrases" and words, stray quotes dropped."""
    terms: list[str] = []
    seen: set[str] = set()
    for match in _TERM.finditer(_CONTROL.sub(" ", query)):
        phrase, word = match.groups()
        term = " ".join(phrase.split()) if phrase is not None else word.replace('"', "")
        if term and term.casefold() not in seen:
            seen.add(term.casefold())
            terms.append(term)
    return terms


def fts_query(terms: list[str]) -> str:
    """An FTS5 expression that matches rows containing every term as literal text."""
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms)


def like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def snippet(
    text: str, terms: list[str], width: int = SNIPPET_WIDTH
) -> tuple[str, tuple[int, int] | None]:
    """Plain text around the earliest match of any term, with the match's span in it."""
    flat = " ".join(text.split())
    found: re.Match[str] | None = None
    for term in terms:
        match = re.search(re.escape(term), flat, re.IGNORECASE)
        if match and (found is None or match.start() < found.start()):
            found = match
    if found is None:
        cut = flat[:width]
        return (cut + "…" if len(flat) > width else cut), None
    start = max(0, found.start() - width // 3)
    if start > 0:  # begin at a word if one starts nearby
        space = flat.find(" ", start, found.start())
        if 0 <= space - start <= 15:
            start = space + 1
    end = min(len(flat), max(start + width, found.end()))
    if end < len(flat):
        space = flat.rfind(" ", found.end(), end)
        if space > 0 and end - space <= 15:
            end = space
    prefix = "…" if start > 0 else ""
    text_out = prefix + flat[start:end] + ("…" if end < len(flat) else "")
    offset = len(prefix) - start
    return text_out, (found.start() + offset, found.end() + offset)


def _split(terms: list[str]) -> tuple[list[str], list[str]]:
    long = [t for t in terms if len(t) >= 3]
    short = [t for t in terms if len(t) < 3]
    return long, short


def _like_clauses(column: str, terms: list[str]) -> tuple[str, list[str]]:
    sql = "".join(f" AND {column} LIKE ? ESCAPE '\\'" for _ in terms)
    return sql, [like_pattern(t) for t in terms]


def _message_rows(conn: sqlite3.Connection, terms: list[str], limit: int) -> list[Any]:
    long, short = _split(terms)
    like_sql, like_args = _like_clauses("m.content", short)
    columns = "m.id, m.conversation_id, c.title, m.content, m.created_at"
    if long:
        # Newest first straight from the index (rowid order), stopping at the
        # limit, so a word in every message costs no more than a rare one.
        sql = (
            f"SELECT {columns} FROM messages_fts f"
            " JOIN messages m ON m.id = f.rowid"
            " JOIN conversations c ON c.id = m.conversation_id"
            f" WHERE messages_fts MATCH ? AND c.deleted_at IS NULL{like_sql}"
            " ORDER BY f.rowid DESC LIMIT ?"
        )
        args: list[Any] = [fts_query(long), *like_args, limit]
    else:
        sql = (
            f"SELECT {columns} FROM messages m"
            " JOIN conversations c ON c.id = m.conversation_id"
            f" WHERE m.status != 'streaming' AND c.deleted_at IS NULL{like_sql}"
            " ORDER BY m.id DESC LIMIT ?"
        )
        args = [*like_args, limit]
    return conn.execute(sql, args).fetchall()


def _title_rows(conn: sqlite3.Connection, terms: list[str], limit: int) -> list[Any]:
    long, short = _split(terms)
    like_sql, like_args = _like_clauses("c.title", short)
    if long:
        source = "conversations_fts f JOIN conversations c ON c.id = f.rowid"
        match_sql = "conversations_fts MATCH ? AND "
        args: list[Any] = [fts_query(long)]
    else:
        source, match_sql, args = "conversations c", "", []
    sql = (
        f"SELECT c.id, c.title, c.updated_at FROM {source}"
        f" WHERE {match_sql}c.deleted_at IS NULL{like_sql}"
        " ORDER BY c.updated_at DESC LIMIT ?"
    )
    return conn.execute(sql, [*args, *like_args, limit]).fetchall()


def search(conn: sqlite3.Connection, query: str, limit: int = 50) -> list[SearchHit]:
    """Messages and titles containing every term of `query`, newest first."""
    terms = parse_query(query)
    if not terms or limit <= 0:
        return []
    hits: list[SearchHit] = []
    for conversation_id, title, updated_at in _title_rows(conn, terms, limit):
        text, span = snippet(title, terms)
        hits.append(SearchHit(conversation_id, None, title, text, updated_at, span))
    for message_id, conversation_id, title, content, created_at in _message_rows(
        conn, terms, limit
    ):
        text, span = snippet(content, terms)
        hits.append(SearchHit(conversation_id, message_id, title, text, created_at, span))
    hits.sort(key=lambda hit: hit.created_at, reverse=True)
    return hits[:limit]
