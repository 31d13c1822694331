"""Replays a review stream written by `bench-fsrs generate` through the reference py-fsrs (`fsrs` 6.3.2).

    python fsrs_replay.py <stream.csv> [runs]

Prints one JSON object like `bench-fsrs replay`: the reviews, the seconds of each run (parsing excluded),
wall-clock (`seconds`) and CPU time of the thread (`cpuSeconds`), and the same checksum of the final cards (sum of stabilities, sum of due times in days), so both replays are seen
to compute the same thing. Fuzzing is off, as in casequiz's port.
"""

import json
import sys
import time
from datetime import datetime, timedelta, timezone

from fsrs import Card, Rating, Scheduler

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def load(path):
    cards, ratings, times = [], [], []
    with open(path) as stream:
        for line in stream:
            card, rating, ms = line.split(",")
            cards.append(int(card))
            ratings.append(Rating(int(rating)))
            times.append(EPOCH + timedelta(milliseconds=int(ms)))
    return cards, ratings, times


def replay(cards, ratings, times, scheduler):
    stability = 0.0
    due_days = 0.0
    current = -1
    card = None
    for index in range(len(cards)):
        if cards[index] != current:
            if card is not None:
                stability += card.stability or 0.0
                due_days += (card.due - EPOCH).total_seconds() / 86400
            current = cards[index]
            card = Card(card_id=current + 1, due=times[index])
        card, _ = scheduler.review_card(card, ratings[index], times[index])
    if card is not None:
        stability += card.stability or 0.0
        due_days += (card.due - EPOCH).total_seconds() / 86400
    return stability, due_days


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    cards, ratings, times = load(path)
    scheduler = Scheduler(enable_fuzzing=False)
    seconds = []
    cpu_seconds = []
    checksum = (0.0, 0.0)
    for _ in range(runs):
        cpu_start = time.thread_time()
        start = time.perf_counter()
        checksum = replay(cards, ratings, times, scheduler)
        seconds.append(time.perf_counter() - start)
        cpu_seconds.append(time.thread_time() - cpu_start)
    print(json.dumps({"reviews": len(cards), "seconds": seconds, "cpuSeconds": cpu_seconds,
                      "stabilitySum": checksum[0], "dueDaysSum": checksum[1]}, sort_keys=True))


if __name__ == "__main__":
    main()
