"""VRAR reward throughput on one core, next to a naive baseline measured in the same run.

Responses are realistic role-play rollouts of 300-1500 characters (think block + in-character
answer: correct, wrong, naming a negative keyword, or untagged), in English, Chinese and Japanese,
built here from templates so the benchmark needs no data files. Ground truths travel as the JSON
strings the EasyR1 converter writes, as in training.

The baseline is what a first reward function usually looks like: the gold answer as a substring
of the response, else the whitespace-token overlap with it. Both run pinned to one core; the
figure to read is responses per CPU second (process time), which a busy shared machine disturbs
far less than wall time (printed too).

    python benchmarks/reward_throughput.py [--n 4000] [--repeats 7] [--seed 0] [--group 8]

The default mix draws every response's record from nine, whose ground truths are prepared once
(in the warm-up); ``--group 8`` scores GRPO-like groups: eight rollouts per prompt, each prompt a
new character (its own ground truth, prepared when its group is scored).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from raiden_r1.data.ground_truth import GroundTruth, parse_ground_truth  # noqa: E402
from raiden_r1.reward.vrar import score_batch  # noqa: E402

TARGET_PER_S = 20_000

RECORDS = {
    "en": [
        ("What do you do after class?", "I usually play basketball with my friends.", [["basketball", "hoops"]], ["football"]),
        ("Where did you grow up, and what was your first job?", "I grew up in Seattle and started as a software engineer.",
         [["Seattle"], ["engineer", "developer"]], ["Portland"]),
        ("Who taught you to paint?", "My grandmother Eleanor taught me when I was six.", [["Eleanor", "grandmother"]], []),
    ],
    "zh": [
        ("你下课后一般做什么？", "我一般和朋友们一起打篮球。", [["篮球", "basketball"]], ["足球"]),
        ("你在哪里长大，第一份工作是什么？", "我在西雅图长大，第一份工作是软件工程师。", [["西雅图"], ["工程师", "程序员"]], ["波特兰"]),
        ("谁教你画画的？", "是我奶奶教我的，那时我六岁。", [["奶奶", "祖母"]], []),
    ],
    "ja": [
        ("放課後は何をしていますか？", "いつも友達とバスケットボールをしています。", [["バスケットボール", "バスケ"]], ["サッカー"]),
        ("どこで育って、最初の仕事は何でしたか？", "シアトルで育って、最初はソフトウェアエンジニアでした。", [["シアトル"], ["エンジニア"]], ["ポートランド"]),
        ("誰に絵を習いましたか？", "祖母に習いました。六歳の頃です。", [["祖母", "おばあちゃん"]], []),
    ],
}

THINK = {
    "en": ["I remember that {fact}, because my profile says so.", "The user asks about my life, so I should answer as myself.",
           "Since I am talking to a friend, I will keep it warm and short.", "Let me recall the details of my past carefully.",
           "Therefore the answer should mention {fact} in a natural way."],
    "zh": ["我记得{fact}，因为这是我的经历。", "用户在问我的生活，所以我要用自己的口吻回答。", "首先要想清楚对方问的是什么。",
           "因此回答里要自然地提到{fact}。", "我是在和朋友聊天，语气要轻松一点。"],
    "ja": ["{fact}のことを覚えている。なぜなら大切な思い出だから。", "ユーザーは私の生活について聞いているので、自分の言葉で答えよう。",
           "まず質問の意味をよく考える。", "だから、答えには{fact}を自然に入れる。", "友達と話しているので、やわらかい口調にする。"],
}
FILLER = {
    "en": " Honestly, it is one of the things that makes my days feel complete, and I never get tired of it.",
    "zh": "说实话，这是让我每天都觉得很充实的事情之一，我从来不会厌倦。",
    "ja": "正直に言うと、それは毎日を充実させてくれることの一つで、飽きることはありません。",
}
WRONG = {"en": "I mostly stay at home and read novels.", "zh": "我一般待在家里看小说。", "ja": "たいてい家で小説を読んでいます。"}


def build(n: int, seed: int) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    responses, truths = [], []
    while len(responses) < n:
        lang = rng.choice(list(RECORDS))
        rec = rng.choice(RECORDS[lang])
        responses.append(_rollout(rng, lang, rec))
        truths.append(_truth(lang, rec))
    return responses, truths


def _truth(lang: str, rec: tuple, name: str = "") -> str:
    q, answer, kws, neg = rec
    return GroundTruth(answer=answer, keywords=tuple(tuple(k) for k in kws), negative_keywords=tuple(neg),
                       validation_method="single_term_validation" if len(kws) == 1 else "multi_term_parsing",
                       language=lang, question=q, character_name=name).to_json()


def _rollout(rng: random.Random, lang: str, rec: tuple) -> str:
    q, answer, kws, neg = rec
    fact = kws[0][0]
    target = rng.randint(300, 1500)
    kind = rng.random()
    body = answer if kind < 0.6 else WRONG[lang] if kind < 0.8 else f"{answer} {neg[0] if neg else ''}"
    body = body + FILLER[lang] * rng.randint(0, 2)
    think = ""
    while len(think) + len(body) < target - 20:
        think += rng.choice(THINK[lang]).format(fact=fact) + (" " if lang == "en" else "")
    return f"<think>\n{think}\n</think>\n{body}" if kind < 0.9 else f"{think}{body}"


# Grouped mode (--group G): GRPO scores G rollouts of one prompt, and each prompt is another
# character, so each group gets a ground truth of its own (a character name made from these
# syllables) and nothing of it is prepared before its group is scored.
_NAME_PARTS = {"en": (("Ma", "Del", "Ro", "Ka", "Ves", "Li", "Bran", "Cor", "Ta", "Wen", "Hal", "Ise"),
                      ("ri", "vo", "len", "sa", "dor", "mi", "ca", "ne", "ru", "tha", "bel", "fi"),
                      ("a", "o", "an", "is", "el", "wyn", "et", "us", "ine", "or", "ey", "in")),
               "zh": (("林", "周", "吴", "郑", "何", "高", "罗", "宋", "谢", "韩", "唐", "许"),
                      ("晓", "子", "文", "思", "嘉", "雨", "志", "若", "俊", "欣", "海", "明"),
                      ("然", "涵", "宇", "婷", "峰", "琳", "杰", "安", "辰", "薇", "博", "怡")),
               "ja": (("佐藤", "高橋", "渡辺", "伊藤", "中村", "小林", "加藤", "吉田", "山口", "松本", "井上", "木村"),
                      ("ハ", "ユ", "ア", "ミ", "サ", "リ", "カ", "ナ", "ト", "レ", "コ", "ヒ"),
                      ("ナ", "キ", "オ", "ト", "ヤ", "ミ", "ル", "ネ", "コ", "ト", "ノ", "ホ"))}


def _name(lang: str, k: int) -> str:
    a, b, c = _NAME_PARTS[lang]
    sep = " " if lang == "en" else ""
    first = f"{b[k // len(a) % len(b)]}{c[k // (len(a) * len(b)) % len(c)]}"
    return f"{a[k % len(a)]}{sep}{first.capitalize() if lang == 'en' else first}"


def build_grouped(n: int, seed: int, group: int, first_name: int = 0) -> tuple[list[str], list[str]]:
    """``n`` responses in groups of ``group`` per ground truth, each ground truth new (a character
    name numbered from ``first_name``)."""
    responses, truths = [], []
    k = first_name
    while len(responses) < n:
        rng = random.Random(seed * 100_003 + k)
        lang = rng.choice(list(RECORDS))
        rec = rng.choice(RECORDS[lang])
        gt = _truth(lang, rec, _name(lang, k))
        responses += [_rollout(rng, lang, rec) for _ in range(group)]
        truths += [gt] * group
        k += 1
    return responses[:n], truths[:n]


def naive_batch(responses: list[str], truths: list[str]) -> list[float]:
    out = []
    for r, t in zip(responses, truths):
        gold = parse_ground_truth(t).answer
        if gold and gold in r:
            out.append(1.0)
            continue
        a, b = set(r.split()), set(gold.split())
        out.append(len(a & b) / len(a | b) if a and b else 0.0)
    return out


def rate(fn, responses, truths, repeats: int) -> tuple[float, float]:
    """(responses per CPU second, responses per wall second), medians over ``repeats`` runs. CPU
    time is the figure to read on a shared machine: it does not count time spent descheduled."""
    fn(responses[:200], truths[:200])  # warm caches (ground truths are prepared once in training too)
    cpu, wall = [], []
    for _ in range(repeats):
        c0, w0 = time.process_time(), time.perf_counter()
        fn(responses, truths)
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    return len(responses) / statistics.median(cpu), len(responses) / statistics.median(wall)


def rate_grouped(fn, runs: list[tuple[list[str], list[str]]]) -> tuple[float, float]:
    """``rate`` on grouped data: each run (the first warms up) has ground truths of its own, so no
    run finds another's prepared."""
    fn(*runs[0])
    cpu, wall = [], []
    for responses, truths in runs[1:]:
        c0, w0 = time.process_time(), time.perf_counter()
        fn(responses, truths)
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    n = len(runs[1][0])
    return n / statistics.median(cpu), n / statistics.median(wall)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=4000)
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--group", type=int, default=0,
                    help="GRPO-like: this many responses per prompt, each prompt a new ground truth "
                         "(0: the default mix of 9 ground truths, prepared once)")
    args = ap.parse_args()
    if args.group > 0:
        main_grouped(args)
        return
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    responses, truths = build(args.n, args.seed)
    lengths = sorted(len(r) for r in responses)
    print(f"{len(responses)} responses (en/zh/ja), {lengths[0]}-{lengths[-1]} chars, median {lengths[len(lengths) // 2]}; "
          f"median of {args.repeats} runs, one core")
    vrar, vrar_wall = rate(score_batch, responses, truths, args.repeats)
    plain = [parse_ground_truth(t).answer for t in truths]  # older converters: answer only -> similarity path
    vrar_plain, _ = rate(score_batch, responses, plain, args.repeats)
    naive, naive_wall = rate(naive_batch, responses, truths, args.repeats)
    print(f"VRAR (raiden_r1.reward.vrar.score_batch):   {vrar:10,.0f} responses/s CPU ({vrar_wall:,.0f}/s wall)  "
          f"target {TARGET_PER_S:,}: {'met' if vrar >= TARGET_PER_S else 'NOT met'}")
    print(f"VRAR, plain-string ground truths (no keywords: CJK-safe similarity): {vrar_plain:,.0f} responses/s CPU")
    print(f"naive baseline (substring + token overlap): {naive:10,.0f} responses/s CPU ({naive_wall:,.0f}/s wall)")
    print(f"ratio VRAR / naive: {vrar / naive:.3f} (the naive baseline checks no tags, keywords, language or gaming)")

def main_grouped(args: argparse.Namespace) -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    groups = -(-args.n // args.group)
    runs = [build_grouped(args.n if i else 200, args.seed, args.group, first_name=i * groups)
            for i in range(args.repeats + 1)]
    print(f"{args.n} responses in groups of {args.group} (one new ground truth per group, {groups} per run); "
          f"median of {args.repeats} runs, one core")
    vrar, vrar_wall = rate_grouped(score_batch, runs)
    naive, _ = rate_grouped(naive_batch, runs)
    print(f"VRAR (raiden_r1.reward.vrar.score_batch):   {vrar:10,.0f} responses/s CPU ({vrar_wall:,.0f}/s wall)  "
          f"target {TARGET_PER_S:,}: {'met' if vrar >= TARGET_PER_S else 'NOT met'}")
    print(f"naive baseline (substring + token overlap): {naive:10,.0f} responses/s CPU")


if __name__ == "__main__":
    main()
