"""Generate a synthetic factcheck project for benchmarks (a script, not a test).

    .venv/bin/python benchmarks/generate.py OUT_DIR N [--seed 0]

writes ``OUT_DIR/pyproject.toml`` (``[tool.factcheck] facts = ["facts"]``),
``OUT_DIR/seeds/doc_XXXXX.txt`` and ``OUT_DIR/facts/sheet_XXXXX.yaml`` for
``N`` sheets. Every sheet has 40 facts and 10 checks:

- counts with count nouns (drone, missile, person, shell, vehicle, building...),
  parts that add up (``parts_sum_to``) or stay within a total (``parts_within``);
- an area in ``km**2`` (``estimated``) and ``square_mile`` (``rounded``) with
  ``converts_to``;
- a range ``[low, high]`` with ``range_ordered``;
- dates written "Saturday, April 26, 2025" with ``weekday_is`` and
  ``days_between`` checks, a month ("August 2024") and an ``approx`` duration;
- 8 keyed facts per sheet: sheets ``5k .. 5k+4`` report the same event with the
  same numbers from different sources, so every key is reported by 5 sheets
  (the last group may be smaller) and the cross-source pass sees agreement.

Every quote is a sentence of the sheet's document (verbatim, without its final
full stop) and carries the value in digits, values >= 1,000 often with
thousands separators ("1,300"). Every check holds. Output is a function of
``(N, seed)`` only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
from pathlib import Path

FACTS_PER_SHEET = 40
CHECKS_PER_SHEET = 10
SHEETS_PER_KEY = 5

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
PLACES = ("Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Kherson", "Poltava", "Lviv",
          "Mykolaiv", "Chernihiv", "Kramatorsk", "Pokrovsk")
# (fact name stem, unit noun, plural written in the document)
FILLERS = (("shells_fired", "shell", "artillery shells were fired"),
           ("vehicles_destroyed", "vehicle", "armoured vehicles were destroyed"),
           ("buildings_damaged", "building", "buildings were damaged"),
           ("homes_damaged", "home", "homes were damaged"),
           ("civilians_evacuated", "civilian", "civilians were evacuated"),
           ("tanks_lost", "tank", "tanks were lost"),
           ("rockets_launched", "rocket", "rockets were launched"),
           ("villages_shelled", "village", "villages were shelled"),
           ("prisoners_exchanged", "prisoner", "prisoners were exchanged"),
           ("soldiers_wounded", "soldier", "soldiers were wounded"),
           ("attacks_repelled", "attack", "attacks were repelled"),
           ("strikes_recorded", "strike", "strikes were recorded"),
           ("aircraft_sorties", "aircraft", "aircraft were scrambled"),
           ("towns_without_power", "town", "towns were left without power"),
           ("children_returned", "child", "children were returned to Ukraine"),
           ("cases_opened", "case", "criminal cases were opened"),
           ("votes_cast", "vote", "votes were cast in the council"),
           ("items_delivered", "item", "aid items were delivered"),
           ("alerts_logged", "alert", "air-raid alerts were logged"),
           ("decoys_found", "decoy", "decoy drones were found"),
           ("regions_alerted", "region", "regions were under air-raid alert"),
           ("houses_rebuilt", "house", "houses were rebuilt"),
           ("injuries_reported", "injury", "injuries were reported by hospitals"),
           ("deaths_confirmed", "death", "deaths were confirmed by prosecutors"),
           ("countries_pledged", "country", "countries pledged air-defence systems"))


def _num(n: int, rng: random.Random) -> str:
    """Digits, with thousands separators for most values >= 1,000."""
    return f"{n:,}" if n >= 1000 and rng.random() < 0.7 else str(n)


def _long_date(d: dt.date) -> str:
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"


def _q(text: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class _Sheet:
    """Facts, sentences and checks of one sheet, in order."""

    def __init__(self) -> None:
        self.facts: list[tuple[str, dict]] = []
        self.sentences: list[str] = []
        self.checks: list[tuple[str, str]] = []  # (id, YAML flow or scalar text)

    def fact(self, name: str, sentence: str, **fields) -> None:
        self.sentences.append(sentence + ".")
        self.facts.append((name, {**fields, "quote": sentence}))


def _event(seed: int, group: int) -> dict:
    """The shared numbers of one event, reported by ``SHEETS_PER_KEY`` sheets."""
    rng = random.Random(f"{seed}/event/{group}")
    launched = rng.randint(40, 4000)
    destroyed = rng.randint(launched // 3, launched * 2 // 3)
    jammed = rng.randint(0, (launched - destroyed) // 2)
    missiles = rng.randint(2, 120)
    intercepted = rng.randint(0, missiles)
    killed_a = rng.randint(0, 30)
    killed_b = rng.randint(0, 30)
    published = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 2000))
    return {"launched": launched, "destroyed": destroyed, "jammed": jammed,
            "missiles": missiles, "intercepted": intercepted, "killed_a": killed_a,
            "killed_b": killed_b, "killed": killed_a + killed_b, "published": published,
            "place_a": rng.choice(PLACES), "place_b": rng.choice(PLACES),
            "ago": rng.randint(0, 6)}


def build_sheet(i: int, seed: int = 0) -> tuple[str, str]:
    """YAML text and document text of sheet ``i``."""
    rng = random.Random(f"{seed}/sheet/{i}")
    group = i // SHEETS_PER_KEY
    ev = _event(seed, group)
    src = f"outlet_{i % SHEETS_PER_KEY}"
    key = f"event-{group:05d}"
    published: dt.date = ev["published"]
    s = _Sheet()

    # --- drones (keyed, shared across the group): 4 facts, 2 checks ----------
    s.fact("drones_launched",
           f"The air force said {_num(ev['launched'], rng)} drones were launched overnight",
           value=ev["launched"], unit="drone", source=src, key=f"{key}/drones_launched")
    s.fact("drones_destroyed",
           f"Air defences destroyed {_num(ev['destroyed'], rng)} of the drones",
           value=ev["destroyed"], unit="drone", source=src, key=f"{key}/drones_destroyed")
    s.fact("drones_jammed",
           f"Another {_num(ev['jammed'], rng)} drones were jammed by electronic warfare",
           value=ev["jammed"], unit="drone", source=src, key=f"{key}/drones_jammed")
    unaccounted = ev["launched"] - ev["destroyed"] - ev["jammed"]
    s.fact("drones_unaccounted",
           f"Officials said {_num(unaccounted, rng)} drones were still unaccounted for",
           value=unaccounted, unit="drone", source=src)
    s.checks.append(("drone-accounting",
                     "{validator: parts_within, args: {parts: [drones_destroyed, "
                     "drones_jammed], total: drones_launched}}"))
    s.checks.append(("drones-add-up",
                     "drones_destroyed + drones_jammed + drones_unaccounted "
                     "== drones_launched"))

    # --- missiles (keyed): 2 facts, 1 check ---------------------------------
    s.fact("missiles_launched",
           f"Russia also fired {_num(ev['missiles'], rng)} missiles at the region",
           value=ev["missiles"], unit="missile", source=src, key=f"{key}/missiles_launched")
    s.fact("missiles_intercepted",
           f"Of those, {_num(ev['intercepted'], rng)} missiles were intercepted",
           value=ev["intercepted"], unit="missile", source=src,
           key=f"{key}/missiles_intercepted")
    s.checks.append(("missiles-intercepted-at-most-launched",
                     "missiles_intercepted <= missiles_launched"))

    # --- people (keyed totals): 5 facts, 2 checks ---------------------------
    s.fact("killed_total", f"In all, {_num(ev['killed'], rng)} people were killed in the "
           "attacks", value=ev["killed"], unit="person", source=src,
           key=f"{key}/killed")
    s.fact("killed_a", f"In {ev['place_a']}, {_num(ev['killed_a'], rng)} people died",
           value=ev["killed_a"], unit="person", source=src, key=f"{key}/killed_a")
    s.fact("killed_b", f"The strike on {ev['place_b']} killed {_num(ev['killed_b'], rng)} "
           "people", value=ev["killed_b"], unit="person", source=src,
           key=f"{key}/killed_b")
    injured = rng.randint(ev["killed"], ev["killed"] * 3 + 5)
    s.fact("injured_total", f"Doctors treated {_num(injured, rng)} people for injuries",
           value=injured, unit="person", source=src)
    age = rng.randint(60, 99)
    s.fact("oldest_victim_age", f"The oldest victim was a {age}-year-old woman",
           value=age, unit="year", source=src)
    s.checks.append(("killed-parts",
                     "{validator: parts_sum_to, args: {parts: [killed_a, killed_b], "
                     "total: killed_total}}"))
    s.checks.append(("oldest-victim-plausible", "oldest_victim_age <= 120"))

    # --- area: 2 facts, 1 check ---------------------------------------------
    km2 = rng.randint(11, 99) * 100
    exact = km2 / 2.589988110336  # rounded once (not 3745 -> 3750 -> 3800)
    sq_mi = int(round(exact, -2 if exact >= 1000 else -1))
    area_sentence = (f"Ukraine said it controlled an estimated {_num(km2, rng)} square "
                     f"kilometers ({_num(sq_mi, rng)} square miles) of land")
    s.sentences.append(area_sentence + ".")
    s.facts.append(("area_km2", {"value": km2, "unit": "km**2", "meaning": "estimated",
                                 "source": src, "quote": area_sentence}))
    s.facts.append(("area_sq_mi", {"value": sq_mi, "unit": "square_mile",
                                   "meaning": "rounded", "source": src,
                                   "quote": area_sentence}))
    s.checks.append(("area-conversion",
                     "{validator: converts_to, args: {from: area_km2, to: area_sq_mi}}"))

    # --- range: 1 fact, 1 check ---------------------------------------------
    lo = rng.randint(10, 120) * 100
    hi = lo + rng.randint(1, 5) * 100
    s.fact("troops_deployed", f"Officials said {lo:,}-{hi:,} troops had been deployed",
           value=[lo, hi], unit="troop", source=src)
    s.checks.append(("troops-range",
                     "{validator: range_ordered, args: {fact: troops_deployed, "
                     "max_ratio: 1.5}}"))

    # --- dates: 3 facts, 2 checks (weekday_is, days_between) ---------------------
    day = published - dt.timedelta(days=ev["ago"])
    s.fact("attack_day", f"The attack began on {_long_date(day)}", value=day, source=src)
    s.checks.append(("attack-weekday",
                     f"{{validator: weekday_is, args: {{date: attack_day, "
                     f"weekday: {DAYS[day.weekday()]}}}}}"))
    s.checks.append(("attack-days-before-publication",
                     f"days_between(attack_day, published) == {ev['ago']}"))
    start = published - dt.timedelta(days=rng.randint(200, 900))
    s.fact("offensive_start", f"The offensive started in {MONTHS[start.month - 1]} "
           f"{start.year}", value=f"{start.year:04d}-{start.month:02d}", source=src)
    minutes = rng.choice((10, 15, 20, 30, 40))
    s.fact("meeting_minutes", f"The two leaders met for about {minutes} minutes",
           value=minutes, unit="minute", meaning="approx", source=src)
    s.checks.append(("meeting-under-an-hour", "meeting_minutes < 60"))

    # --- filler counts: up to FACTS_PER_SHEET ---------------------------------
    for stem, noun, phrase in rng.sample(FILLERS, FACTS_PER_SHEET - len(s.facts)):
        n = rng.choice((rng.randint(1, 999), rng.randint(1000, 250_000)))
        place = rng.choice(PLACES)
        s.fact(stem, f"In {place}, {_num(n, rng)} {phrase}", value=n, unit=noun, source=src)
    assert len(s.facts) == FACTS_PER_SHEET and len(s.checks) == CHECKS_PER_SHEET

    # --- text ------------------------------------------------------------------
    order = s.sentences[:]
    rng.shuffle(order)
    paras = [" ".join(order[k:k + 4]) for k in range(0, len(order), 4)]
    document = (f"KYIV ({published.isoformat()}) - Report {i} on the overnight attacks.\n\n"
                + "\n\n".join(paras) + "\n")
    lines = [f"# Synthetic benchmark sheet {i} (benchmarks/generate.py, seed {seed})",
             f"document: seeds/doc_{i:05d}.txt",
             f"published: {published.isoformat()}",
             f"title: {_q(f'Synthetic report {i}')}",
             "sources:",
             f"  {src}: {{name: {_q(f'Outlet {i % SHEETS_PER_KEY}')}, kind: outlet}}",
             "facts:"]
    for name, f in s.facts:
        lines.append(f"  {name}:")
        for k, v in f.items():
            if k == "quote":
                v = _q(v)
            elif isinstance(v, list):
                v = f"[{v[0]}, {v[1]}]"
            elif isinstance(v, dt.date):
                v = v.isoformat()
            elif k == "value" and isinstance(v, str):
                v = v  # YYYY-MM: loaded as a string, not a date
            lines.append(f"    {k}: {v}")
    lines.append("checks:")
    for cid, body in s.checks:
        lines.append(f"  {cid}: {body}")
    return "\n".join(lines) + "\n", document


def generate(root: Path, n_sheets: int, seed: int = 0) -> Path:
    """Write a project with ``n_sheets`` sheets under ``root`` (replacing facts/, seeds/)."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text('[tool.factcheck]\nfacts = ["facts"]\n',
                                         encoding="utf-8")
    for sub in ("facts", "seeds"):
        if (root / sub).exists():
            shutil.rmtree(root / sub)
        (root / sub).mkdir()
    for i in range(n_sheets):
        sheet, doc = build_sheet(i, seed)
        (root / "seeds" / f"doc_{i:05d}.txt").write_text(doc, encoding="utf-8")
        (root / "facts" / f"sheet_{i:05d}.yaml").write_text(sheet, encoding="utf-8")
    return root


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out_dir", type=Path)
    p.add_argument("n", type=int)
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_args()
    generate(a.out_dir, a.n, a.seed)
    print(f"wrote {a.n} sheets to {a.out_dir}")


if __name__ == "__main__":
    main()
