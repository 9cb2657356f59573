"""Compares provscore profiles of the seed articles with their labels.

Prints one row per seed (text length, translation notice expected/found, cross-links
expected/found) and exits non-zero when a profile is missing, has no text, or a
labelled translation notice or cross-link is not found. Standard library only.
"""
import json
import os
import sys


def main(labels_path, profiles_path):
    labels = {}
    with open(labels_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                labels[rec["file"]] = rec
    profiles = {}
    with open(profiles_path, encoding="utf-8") as f:
        for line in f:
            p = json.loads(line)
            profiles[os.path.basename(p["input"]["path"])] = p

    failures = []
    print(f"{'seed':<28} {'words':>6} {'notice exp/found':>17} {'x-links exp/found':>18} {'grade':>6}")
    for name, label in sorted(labels.items()):
        p = profiles.get(name)
        if p is None:
            failures.append(f"{name}: no profile")
            continue
        text = p["article"]["text"]
        if not text.strip():
            failures.append(f"{name}: empty text")
        signals = p["signals"]
        notices = [s for s in signals if s["type"] == "translation_notice"]
        links = [s for s in signals if s["type"] == "injected_cross_link"]
        exp_notice = label["translation_notice"]["present"]
        exp_links = label["cross_links"]["count"]
        print(f"{name:<28} {p['article']['word_count']:>6} {str(exp_notice):>8}/{str(bool(notices)):<8} "
              f"{exp_links:>9}/{len(links):<8} {p['scores']['grade']:>6}")
        if exp_notice and not notices:
            failures.append(f"{name}: translation notice not detected")
        if notices and not exp_notice:
            failures.append(f"{name}: unexpected translation notice {notices[0]['evidence']['text']!r}")
        if exp_notice and notices:
            want = label["translation_notice"]
            got = notices[0]
            for key, exp in (("from_lang", want["from_lang"]), ("engine", want["engine"]), ("kind", want["kind"])):
                if got.get(key) != exp:
                    failures.append(f"{name}: notice {key} {got.get(key)!r}, label {exp!r}")
        if len(links) != exp_links:
            failures.append(f"{name}: {len(links)} cross-links, label {exp_links}: "
                            + "; ".join(s["evidence"]["text"] for s in links))
        for s in signals:
            ev = s["evidence"]
            if ev["where"] == "body":
                raw = text.encode("utf-8")[ev["start"]:ev["end"]].decode("utf-8", "replace")
                if raw != ev["text"]:
                    failures.append(f"{name}: evidence offsets of {s['rule']} do not match its text")
    if failures:
        print("\nseeds_check: FAILED")
        for f in failures:
            print("  " + f)
        return 1
    print("\nseeds_check: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
