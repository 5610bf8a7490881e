"""A realistic synthetic news corpus for benchmarks: wire copy, live blogs and analysis paragraphs with
varied figures, hedges, dates and subjects, generated with a fixed seed (the corpus is not committed).

    python benchmarks/corpus.py OUT_DIR --docs 1000          # 1,000 documents
    python benchmarks/corpus.py OUT_DIR --mb 200             # about 200 MB of text
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from pathlib import Path

HEDGES = ["", "", "more than ", "about ", "nearly ", "at least ", "some ", "over ", "an estimated ", "up to "]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
SOURCES = [
    "the Gaza Health Ministry said",
    "according to local health officials",
    "the UN said",
    "Israeli officials said",
    "the IDF said in a statement",
    "medics told reporters",
    "OCHA reported",
]
PLACES = ["Khan Younis", "Rafah", "Gaza City", "Deir al-Balah", "Jabalia", "Nuseirat", "Beit Lahia"]
FILLER = [
    "Diplomats in Doha and Cairo said the talks had stalled again over the sequencing of withdrawals.",
    "Residents described nights of heavy bombardment and said there was nowhere safe to go.",
    "The ministry does not distinguish between civilians and combatants in its count.",
    "Aid agencies warned that fuel shortages would soon force hospitals to close their last wards.",
    "The prime minister said the campaign would continue until its goals were met.",
    "Mediators have proposed a phased agreement, but neither side has accepted its terms.",
    "The figures could not be independently verified.",
    "Families of the captives rallied outside the defence ministry in Tel Aviv on Saturday night.",
    "Hamas said it would not release more hostages without a permanent end to the war.",
    "Israeli officials accused the group of using civilian buildings as cover, a charge it denies.",
    "Doctors at the hospital said they were operating by torchlight after the generators failed.",
    "The United Nations has repeatedly warned that famine is imminent in the north of the territory.",
    "Witnesses said the strike hit a crowded street as people queued for bread.",
    "The army said it was investigating reports that civilians had been killed in the raid.",
    "Relatives of hostages still held in Gaza accused the government of abandoning them.",
    "Humanitarian groups say the crossings remain largely closed and convoys are often turned back.",
    "The ceasefire talks resumed in Cairo, with American and Qatari envoys shuttling between the delegations.",
    "Critics of the government say the military campaign has failed to bring the captives home.",
    "Many families have been displaced several times, moving south and then north again as the fighting shifted.",
    "Analysts say neither side appears ready to make the concessions a lasting truce would require.",
    "The foreign minister called the latest proposal a basis for negotiation rather than a final offer.",
    "Schools run by the UN agency have become shelters, their classrooms crowded with families.",
    "Footage shared on social media showed rescuers digging through rubble with their hands.",
    "The statement did not say how the casualties had been counted or when the count was last updated.",
    "Officials in the West Bank reported arrests overnight in several towns and refugee camps.",
    "Talks on the next phase of the agreement have yet to begin, officials on both sides said.",
    "The health ministry's count includes only bodies brought to hospitals, officials have said.",
    "Aid workers described long queues at water points and markets emptied of fresh food.",
    "The president urged both sides to return to the negotiating table and protect civilians.",
    "Opposition leaders called for early elections and an inquiry into the failures of that day.",
]
FIGURE_SHARE = 0.12
"""The share of paragraphs that hold figures, set so that the corpus has about as many numbers per KB
of text as the seed articles (about 1.7; benchmarks/bench.py prints both; claims come about 1.0 per KB against
the seeds' 0.7)."""


def _n(rng: random.Random, low: int, high: int) -> str:
    return f"{rng.randint(low, high):,}"


def paragraph(rng: random.Random, figure_share: float = FIGURE_SHARE) -> str:
    """One paragraph in a random style: with one to three figures (``figure_share`` of them), or none."""
    h = rng.choice(HEDGES)
    kind = rng.randrange(9) if rng.random() < figure_share else 9
    if kind == 0:
        return (
            f"Gaza’s death toll has risen to {h}{_n(rng, 20000, 70000)}, {rng.choice(SOURCES)} on "
            f"{rng.choice(MONTHS)} {rng.randint(1, 28)}."
        )
    if kind == 1:
        return (
            f"LIVE {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} — Israeli strikes killed {h}"
            f"{rng.randint(3, 90)} people in {rng.choice(PLACES)} overnight, and {rng.randint(10, 300)} were "
            f"wounded, {rng.choice(SOURCES)}."
        )
    if kind == 2:
        return (
            f"Of the {rng.randint(40, 120)} hostages still held in Gaza, {h}{rng.randint(10, 40)} are believed to "
            f"be alive, {rng.choice(SOURCES)}."
        )
    if kind == 3:
        return (
            f"The UN estimates that {rng.randint(60, 95)}% of Gaza’s {rng.choice(['2.1', '2.2', '2.3'])} million "
            f"residents have been displaced, many of them several times."
        )
    if kind == 4:
        return (
            f"The {rng.choice([42, 60, 90, 135])}-day truce proposal would see {rng.randint(10, 40)} hostages "
            f"freed in exchange for {h}{_n(rng, 500, 2000)} Palestinian prisoners."
        )
    if kind == 5:
        return (
            f"Some {rng.randint(50, 600)} aid trucks entered Gaza on {rng.choice(MONTHS)} {rng.randint(1, 28)}, "
            f"far below the {rng.randint(500, 600)} a day that aid groups say are needed."
        )
    if kind == 6:
        return (
            "The war began when Hamas-led militants attacked Israel on Oct. 7, 2023, killing about 1,200 people "
            "and taking around 250 hostages, according to Israeli tallies."
        )
    if kind == 7:
        return (
            f"In the occupied West Bank, {h}{_n(rng, 400, 1100)} Palestinians have been killed since the war "
            f"began, {rng.choice(SOURCES)}."
        )
    if kind == 8:
        return (
            f"Analysts note that {rng.choice(['tens of thousands', 'thousands', 'hundreds'])} of buildings have "
            f"been destroyed in {rng.choice(PLACES)}, and that reconstruction could take {rng.randint(5, 30)} "
            f"years."
        )
    return " ".join(rng.sample(FILLER, rng.randint(1, 3)))


def documents(
    seed: int = 7, paragraphs: tuple[int, int] = (4, 30), figure_share: float = FIGURE_SHARE
) -> Iterator[str]:
    """Documents of 4 to 30 paragraphs (or as asked), forever, the same for the same seed."""
    rng = random.Random(seed)
    while True:
        title = f"{rng.choice(['Live', 'Analysis', 'Gaza', 'Talks'])}: {' '.join(rng.sample(FILLER, 1))}"
        body = (paragraph(rng, figure_share) for _ in range(rng.randint(*paragraphs)))
        yield title + "\n\n" + "\n\n".join(body) + "\n"


def write(
    out: Path,
    docs: int | None = None,
    mb: float | None = None,
    seed: int = 7,
    paragraphs: tuple[int, int] = (4, 30),
    figure_share: float = FIGURE_SHARE,
) -> tuple[int, int]:
    """Write documents into ``out`` (100 per folder) until ``docs`` or ``mb`` is reached: (documents, bytes)."""
    out.mkdir(parents=True, exist_ok=True)
    count = size = 0
    for text in documents(seed, paragraphs, figure_share):
        if (docs is not None and count >= docs) or (mb is not None and size >= mb * 1_000_000):
            break
        folder = out / f"{count // 100:05d}"
        folder.mkdir(exist_ok=True)
        data = text.encode("utf-8")
        (folder / f"doc{count:07d}.txt").write_bytes(data)
        count += 1
        size += len(data)
    return count, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--docs", type=int)
    group.add_argument("--mb", type=float)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--figure-share",
        type=float,
        default=FIGURE_SHARE,
        help=f"Share of paragraphs with figures (default {FIGURE_SHARE}: as dense as the seeds).",
    )
    args = parser.parse_args()
    count, size = write(args.out, args.docs, args.mb, args.seed, figure_share=args.figure_share)
    print(f"{count} documents, {size / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
