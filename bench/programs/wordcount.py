"""Word counting with dicts.

Generates a pseudo-random text (Zipf-like word choice from a syllable-built
vocabulary), then counts words, bigrams, first letters and word lengths with
dict.get, dict.setdefault, `in` tests, dict comprehensions, items/keys/values,
and sorts the results by key functions (count descending, then word). Also
builds an inverted index (word -> list of line numbers) and merges dicts.
Prints the top entries and checksums.
"""

import sys

SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "an", "el", "or", "um", "ba", "de", "fi", "go")


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 214013 + 2531011) & 0xFFFFFFFF
        return self.state >> 16


def make_vocabulary(rng, size):
    vocab = []
    seen = {}
    while len(vocab) < size:
        n = 1 + rng.next() % 3
        word = "".join(SYLLABLES[rng.next() % len(SYLLABLES)] for _ in range(n))
        if word not in seen:
            seen[word] = True
            vocab.append(word)
    return vocab


def make_text(rng, vocab, lines, words_per_line):
    out = []
    size = len(vocab)
    for _ in range(lines):
        line = []
        for _ in range(words_per_line):
            # skewed choice: small indices are much more likely
            r = rng.next() % size
            idx = (r * r * r) // (size * size)
            line.append(vocab[idx])
        out.append(" ".join(line))
    return "\n".join(out)


def count_words(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def count_bigrams(lines):
    bigrams = {}
    for line in lines:
        words = line.split(" ")
        for a, b in zip(words, words[1:]):
            key = (a, b)
            if key in bigrams:
                bigrams[key] += 1
            else:
                bigrams[key] = 1
    return bigrams


def inverted_index(lines):
    index = {}
    for number, line in enumerate(lines):
        for word in line.split(" "):
            postings = index.setdefault(word, [])
            if not postings or postings[-1] != number:
                postings.append(number)
    return index


def by_letter(counts):
    groups = {}
    for word, n in counts.items():
        groups.setdefault(word[0], {})[word] = n
    return groups


def merge(a, b):
    merged = dict(a)
    for k, v in b.items():
        merged[k] = merged.get(k, 0) + v
    return merged


def top(counts, k):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]


def main(lines, rounds):
    rng = Lcg(99)
    vocab = make_vocabulary(rng, 2000)
    total_counts = {}
    for r in range(rounds):
        text = make_text(rng, vocab, lines, 12)
        text_lines = text.split("\n")
        counts = count_words(text)
        total_counts = merge(total_counts, counts)
        bigrams = count_bigrams(text_lines)
        index = inverted_index(text_lines)
    print(f"distinct words {len(total_counts)}, total {sum(total_counts.values())}")
    for word, n in top(total_counts, 5):
        print(f"  {word:<12}{n:>7}")
    print("top bigrams:", [f"{a} {b}={n}" for (a, b), n in top(bigrams, 3)])
    lengths = {}
    for word, n in total_counts.items():
        lengths[len(word)] = lengths.get(len(word), 0) + n
    print("by length:", sorted(lengths.items()))
    groups = by_letter(total_counts)
    letters = sorted((letter, len(ws), sum(ws.values())) for letter, ws in groups.items())
    print("by letter:", letters[:4])
    least = min(total_counts.values())
    rare = sorted(w for w, n in total_counts.items() if n == least)
    print(f"rarest count {least}: {len(rare)} words, first {rare[:3]}")
    postings = sorted(((w, len(p)) for w, p in index.items()), key=lambda wp: (wp[1], wp[0]))
    print("least spread:", postings[:3])
    squared = {w: n * n for w, n in total_counts.items() if n > 100}
    print("squared checksum:", sum(squared.values()) % 1000003, "keys", len(squared))


if __name__ == "__main__":
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 14000
    main(lines, int(sys.argv[2]) if len(sys.argv) > 2 else 3)
