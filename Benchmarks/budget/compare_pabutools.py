#!/usr/bin/env python3
"""Compares Hromada's Equal Shares count with pabutools' on Pabulib files.

For each .pb file this times

    HROMADA budget tally --pb FILE --method equal-shares --json

and pabutools 1.2.3's reference computation in the same run,

    completion_by_rule_combination(instance, profile,
        [method_of_equal_shares, greedy_utilitarian_welfare],
        [{"sat_class": Cost_Sat, "voter_budget_increment": 1}, {"sat_class": Cost_Sat}])

(pabutools can take 30-50 minutes on Warsaw, so each of its runs has a timeout), and prints a
table: file, voters, seconds for each, their ratio, and whether the funded projects agree.

Usage:
    python3 Benchmarks/budget/compare_pabutools.py --hromada PATH_TO_BINARY \\
        [--files FILE ...] [--timeout-seconds N]

Installs pabutools with pip when it is missing.
"""

import argparse
import glob
import json
import multiprocessing
import os
import subprocess
import sys
import time

DEFAULT_FOLDER = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data", "pabulib")


def ensure_pabutools():
    try:
        import pabutools  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "pabutools"], check=True)


def pabutools_outcome(path, queue):
    """Runs in a child process so that a timeout can stop it."""
    from pabutools.election import Cost_Sat, parse_pabulib
    from pabutools.rules import (completion_by_rule_combination, greedy_utilitarian_welfare,
                                 method_of_equal_shares)

    instance, profile = parse_pabulib(path)
    start = time.perf_counter()
    outcome = completion_by_rule_combination(
        instance, profile, [method_of_equal_shares, greedy_utilitarian_welfare],
        [{"sat_class": Cost_Sat, "voter_budget_increment": 1}, {"sat_class": Cost_Sat}])
    queue.put((time.perf_counter() - start, sorted(str(p.name) for p in outcome),
               profile.num_ballots()))


def run_pabutools(path, timeout):
    queue = multiprocessing.Queue()
    process = multiprocessing.Process(target=pabutools_outcome, args=(path, queue))
    process.start()
    process.join(timeout)
    if process.is_alive():
        process.terminate()
        process.join()
        return None
    if queue.empty():
        raise RuntimeError(f"pabutools failed on {path}")
    return queue.get()


def run_hromada(binary, path):
    start = time.perf_counter()
    result = subprocess.run(
        [binary, "budget", "tally", "--pb", path, "--method", "equal-shares", "--json"],
        capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    tally = json.loads(result.stdout)
    return seconds, sorted(str(p) for p in tally["selected"]), tally


def count_voters(path):
    with open(path, encoding="utf-8-sig") as handle:
        section = ""
        voters = -1
        for line in handle:
            marker = line.strip().split(";")[0].strip().lower()
            if marker in ("meta", "projects", "votes"):
                section = marker
                continue
            if section == "votes" and line.strip():
                voters += 1
        return max(voters, 0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hromada", required=True, help="the hromada binary")
    parser.add_argument("--files", nargs="*", help="Pabulib files (default: the shared folder)")
    parser.add_argument("--timeout-seconds", type=float, default=600,
                        help="time limit for each pabutools run (default 600)")
    arguments = parser.parse_args()

    ensure_pabutools()
    files = arguments.files or sorted(glob.glob(os.path.join(DEFAULT_FOLDER, "*.pb")))
    header = f"{'file':40} {'voters':>7} {'hromada s':>10} {'pabutools s':>24} {'ratio':>8} same"
    print(header)
    print("-" * len(header))
    for path in files:
        name = os.path.basename(path)
        voters = count_voters(path)
        hromada_seconds, hromada_selected, _ = run_hromada(arguments.hromada, path)
        reference = run_pabutools(path, arguments.timeout_seconds)
        if reference is None:
            pabutools_text = f"timed out after {arguments.timeout_seconds:g} s"
            ratio_text = f">{arguments.timeout_seconds / hromada_seconds:.0f}"
            same = "?"
        else:
            pabutools_seconds, pabutools_selected, _ = reference
            pabutools_text = f"{pabutools_seconds:.3f}"
            ratio = pabutools_seconds / hromada_seconds
            ratio_text = f"{ratio:.2f}" if ratio < 10 else f"{ratio:.0f}"
            same = "yes" if pabutools_selected == hromada_selected else "no"
        print(f"{name:40} {voters:>7} {hromada_seconds:>10.3f} {pabutools_text:>24} "
              f"{ratio_text:>8} {same}", flush=True)


if __name__ == "__main__":
    main()
