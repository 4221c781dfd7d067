#!/usr/bin/env python3
"""Runs the Hromada search benchmark's queries on SQLite FTS5 for comparison.

Loads the corpus the Swift benchmark wrote (corpus.jsonl: kind, id, title, body per line)
into an FTS5 table with tokenize='unicode61 remove_diacritics 2', then measures index build
time and size, median and p99 latency of the same one-word, two-word and phrase queries
(top 10 by bm25 with a snippet, title weighted 2.5 like Hromada; wall clock and
thread CPU time), and how many of the
documents containing some form of each tracked word FTS5 finds (it matches exact tokens).

Usage: python3 Benchmarks/search/fts5_compare.py WORK_DIRECTORY
where WORK_DIRECTORY is the one passed to SearchBenchmark.run (it holds corpus.jsonl and
queries.json); the database is written there as fts5.sqlite.
"""

import json
import os
import sqlite3
import subprocess
import sys
import time


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int((len(ordered) - 1) * fraction + 0.5))]


def fts_query(query):
    """Turns a benchmark query into FTS5 syntax: bare words quoted, phrases kept."""
    if query.startswith('"'):
        return query
    return " ".join('"%s"' % word for word in query.split())


def resident_megabytes():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    return 0


def main():
    if len(sys.argv) == 3 and sys.argv[2] == "--queries":
        return run_queries(sys.argv[1])
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    work = sys.argv[1]
    database = os.path.join(work, "fts5.sqlite")
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(database + suffix):
            os.remove(database + suffix)
    with open(os.path.join(work, "queries.json"), encoding="utf-8") as handle:
        queries = json.load(handle)
    rows = []
    with open(os.path.join(work, "corpus.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            rows.append((item["kind"], item["id"], item["title"], item["body"]))

    connection = sqlite3.connect(database)
    started = time.perf_counter()
    cpu_started = time.process_time()
    connection.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(kind UNINDEXED, id UNINDEXED, title, body, "
        "tokenize='unicode61 remove_diacritics 2')")
    with connection:
        connection.executemany("INSERT INTO docs VALUES (?, ?, ?, ?)", rows)
    connection.execute("INSERT INTO docs(docs) VALUES ('optimize')")
    connection.commit()
    build = time.perf_counter() - started
    build_cpu = time.process_time() - cpu_started
    connection.close()
    size = os.path.getsize(database)
    print("SQLite %s FTS5 (unicode61 remove_diacritics 2): %d documents" % (
        sqlite3.sqlite_version, len(rows)))
    print("build (insert + optimize): %.1f s wall, %.1f s CPU" % (build, build_cpu))
    print("index size on disk: %.1f MB" % (size / 1e6))
    sys.stdout.flush()
    # Queries run in a fresh process so its memory is not the loaded corpus's.
    return subprocess.call([sys.executable, os.path.abspath(__file__), work, "--queries"])


def run_queries(work):
    """Opens the database built by main() and runs the benchmark queries."""
    database = os.path.join(work, "fts5.sqlite")
    with open(os.path.join(work, "queries.json"), encoding="utf-8") as handle:
        queries = json.load(handle)
    rss_before = resident_megabytes()
    opens = []
    for attempt in range(20):
        started = time.perf_counter()
        connection = sqlite3.connect(database)
        # SQLite opens lazily: a lookup of an absent word makes it read the schema and index.
        connection.execute("SELECT count(*) FROM docs WHERE docs MATCH 'qqqzzz'").fetchone()
        opens.append((time.perf_counter() - started) * 1000)
        if attempt < 19:
            connection.close()
    rss_open = resident_megabytes()
    print("open + lookup of an absent word: median %.2f ms over 20 opens" % percentile(opens, 0.5))
    print("resident memory: %d MB before open, %d MB after open" % (rss_before, rss_open))
    print()
    print("query latency, top 10 with snippets (ms)   median     p99  cpu-med  cpu-p99  hits")
    search = (
        "SELECT kind, id, title, snippet(docs, 3, '«', '»', '…', 24), bm25(docs, 0, 0, 2.5, 1.0) "
        "FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0, 0, 2.5, 1.0) LIMIT 10")
    count = "SELECT count(*) FROM docs WHERE docs MATCH ?"
    rounds = queries.get("rounds", 5)
    for name, key in (("one word", "one_word"), ("two words", "two_words"), ("phrase", "phrase")):
        times = []
        cpu_times = []
        hits = 0
        for round_number in range(rounds):
            for query in queries[key]:
                started = time.perf_counter()
                cpu_started = time.thread_time()
                connection.execute(search, (fts_query(query),)).fetchall()
                cpu_times.append((time.thread_time() - cpu_started) * 1000)
                times.append((time.perf_counter() - started) * 1000)
                if round_number == 0:
                    hits += connection.execute(count, (fts_query(query),)).fetchone()[0]
        print("  %-40s %7.3f %7.3f %8.3f %8.3f %6d" % (
            name, percentile(times, 0.5), percentile(times, 0.99), percentile(cpu_times, 0.5),
            percentile(cpu_times, 0.99), hits // max(1, len(queries[key]))))
    print("resident memory after queries: %d MB" % resident_megabytes())
    print()
    print("inflected forms: documents with any form of the word (ground truth) found")
    print("  word           truth  found   recall")
    for item in queries["inflected"]:
        truth = set(item["truth"])
        found = {row[0] for row in connection.execute(
            "SELECT id FROM docs WHERE docs MATCH ?", (fts_query(item["query"]),))}
        hit = len(found & truth)
        print("  %-12s %7d %6d %7.1f%%" % (
            item["query"], len(truth), hit, 100.0 * hit / max(1, len(truth))))
    connection.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
