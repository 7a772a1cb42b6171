"""The static embedding of the learned rules: the tokenizer against Hugging Face's, the vectors' shape."""

from __future__ import annotations

import json
import random
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from auditor.rules.embedding import _words, _words_by_char, dimensions, embed, wordpieces
from auditor.rules.learned import load_model
from auditor.rules.linear import char_grams, char_vector, char_vector_by_word, score

ROOT = Path(__file__).resolve().parents[2]

ODD_TEXTS = [
    "Café Zürich, naïve résumé",
    "日本語のテキストと中文",
    "emoji 🎉🎉 test👮‍♀️ and 🇦🇺",
    "tab\there\x00nul\u200bzero-width\u00adsoft hyphen",
    "x" * 150,
    "don't won't y'all U.S.A. e.g. 3.14 $20k 0400",
    "‘curly’ “quotes” — dashes – and … ellipses",
    "@sam_r_abf #ABFdogs name.surname@abf.gov.au",
    "",
    "   ",
]


def _reference_tokenizer():
    tokenizers = pytest.importorskip("tokenizers")
    from tokenizers import models, normalizers, pre_tokenizers

    lines = resources.files("auditor.data").joinpath("minilm_vocab.txt").read_text(encoding="utf-8").splitlines()
    vocab = {piece: i for i, piece in enumerate(lines)}
    tok = tokenizers.Tokenizer(models.WordPiece(vocab, unk_token="[UNK]", max_input_chars_per_word=100))
    tok.normalizer = normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True, strip_accents=None, lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    return tok


def test_embedding_wordpieces_match_the_tokenizers_library_on_every_labelled_post():
    tok = _reference_tokenizer()
    texts = list(ODD_TEXTS)
    for path in sorted((ROOT / "tests" / "eval").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    differ = [t for t in texts if wordpieces(t) != tok.encode(t, add_special_tokens=False).ids]
    assert len(texts) > 3000
    assert differ == []


def test_embedding_is_unit_length_and_zero_for_empty_text():
    assert dimensions() == 128
    vec = embed("Night shift at the cargo terminal again")
    assert vec.shape == (128,) and abs(float(np.linalg.norm(vec)) - 1.0) < 1e-5
    assert not embed("   ").any()


def test_embedding_puts_related_words_closer_than_unrelated_ones():
    uniform = embed("my epaulettes and rank slides")
    assert float(uniform @ embed("the insignia on my uniform shirt")) > float(uniform @ embed("slow cooker lamb shanks recipe"))


def test_char_grams_pad_words_and_count_repeats():
    grams = char_grams("Ab ab")
    assert grams[" ab"] == 2 and grams["ab "] == 2 and grams[" ab "] == 2
    assert "b a" not in grams  # n-grams never cross words
    assert char_grams("") == {}


def test_char_vector_is_unit_length_over_known_grams_only():
    index = {" ep": 0, "epa": 1, "zzz": 2}
    idx, vals = char_vector("epaulettes", index, np.ones(3, dtype=np.float32))
    assert sorted(idx) == [0, 1]
    assert abs(sum(v * v for v in vals) - 1.0) < 1e-6


def test_learned_score_uses_the_dense_part_of_a_v3_model():
    model = load_model("dibp")
    assert model["features"] == "v3"
    # a post whose words are all unknown to the word weights still gets a non-trivial score
    # from its character n-grams and embedding
    p_ops, _ = score("Detector dogs indicated on two pallets in the container examination facility", model, "operational_detail")
    p_food, _ = score("Detector dogs are adorable, made banana bread for the dog park", model, "operational_detail")
    assert p_ops > p_food


def test_words_by_translate_tables_match_the_character_loop_on_odd_and_random_text():
    rng = random.Random(13)
    texts = list(ODD_TEXTS) + ["a\ud800b", "x\u0301\u0300y", "\u2028a\u2029b\x85c\x1cd", "Ａ．Ｂ。Ｃ、d"]
    for _ in range(3000):
        texts.append("".join(chr(rng.randint(0, 0x10FFFF)) if rng.random() < 0.3 else rng.choice("aB .,-é") for _ in range(24)))
    assert [t for t in texts if _words(t) != _words_by_char(t)] == []


def testchar_vector_by_word_gives_the_same_ids_and_values_as_char_vector():
    arrays = load_model("dibp")["_arrays"]
    for text in [*ODD_TEXTS, "Seized 3kg at the cargo terminal, cargo cargo", "Ab ab AB"]:
        idx, vals = char_vector(text, arrays["char_index"], arrays["char_idf"])
        idx2, vals2 = char_vector_by_word(text, arrays)
        assert idx.tolist() == idx2.tolist() and vals.tolist() == vals2.tolist()  # bit for bit, same order


def test_piece_sum_is_the_float32_sum_of_a_words_piece_vectors_and_read_only():
    from auditor.rules.embedding import piece_sum, table, word_pieces

    vectors, _scale = table()
    for word in ("detector", "unaffordable", "x"):
        expected = vectors[list(word_pieces(word))].astype(np.float32).sum(axis=0)
        got = piece_sum(word)
        assert got.dtype == np.float32 and np.array_equal(got, expected)
        assert not got.flags.writeable
    assert piece_sum("detector") is piece_sum("detector")  # once per distinct word


def testchar_vector_by_word_is_kept_for_the_text_just_read_and_read_only():
    arr = load_model("dibp")["_arrays"]
    first = char_vector_by_word("Seized 4kg at the wharf today", arr)
    again = char_vector_by_word("Seized 4kg at the wharf today", arr)
    assert again[0] is first[0] and again[1] is first[1]  # `explain` reuses what the score read
    assert not first[0].flags.writeable and not first[1].flags.writeable
    other = char_vector_by_word("Pancakes for breakfast", arr)
    assert other[0] is not first[0] and not np.array_equal(other[0], first[0])


def test_embed_is_the_unit_mean_of_the_piece_vectors_to_the_last_bit():
    from auditor.rules.embedding import table

    vectors, scale = table()
    for text in ("Seized 30kg at the wharf today", "Über café 😂 naïve", "a", "The dog and I made pancakes"):
        ids = wordpieces(text)[:512]
        mean = vectors[ids].astype(np.float32).mean(axis=0) * scale
        expected = mean / float(np.linalg.norm(mean))
        got = embed(text)
        assert got.dtype == expected.dtype == np.float32
        assert np.array_equal(got.view(np.uint32), expected.view(np.uint32)), text


def test_whole_word_is_one_piece_of_the_vocabulary():
    from auditor.rules.embedding import whole_word

    assert whole_word("view") and whole_word("greeting")
    assert not whole_word("greetings") and not whole_word("morgs")
