"""The chat store on real SQLite files: the message tree, per-token durability, search, export."""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.chat.records import Alternative, TokenRecord
from gui.chat.store import ChatStore, default_data_dir, default_store_path


def make_step(index: int, text: str, token_id: int = 100) -> dict[str, object]:
    """A step dict shaped like the engine's, with two candidates."""
    return {
        "index": index,
        "token": {"id": token_id + index, "text": text},
        "prob": 0.5,
        "prob_after": 0.75,
        "rank": 1,
        "entropy_bits": 1.25,
        "candidates": [
            {
                "id": token_id + index,
                "text": text,
                "logit": 3.0,
                "prob": 0.5,
                "rank": 1,
                "prob_after": 0.75,
                "removed_by": None,
            },
            {
                "id": 7,
                "text": " other",
                "logit": 1.0,
                "prob": 0.1,
                "rank": 2,
                "prob_after": 0.0,
                "removed_by": "top_k",
            },
        ],
    }


def stream(store: ChatStore, message_id: int, pieces: list[str]) -> None:
    """Writes tokens the way a streaming reply does: one commit per token with the text so far."""
    content = ""
    for index, piece in enumerate(pieces):
        content += piece
        store.append_token(message_id, TokenRecord.from_step(make_step(index, piece)), content)


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "nested" / "chats.sqlite3"


@pytest.fixture
def store(db_file: Path) -> Iterator[ChatStore]:
    with ChatStore(db_file) as opened:
        yield opened


def test_opens_in_wal_mode_with_a_schema_version(store: ChatStore, db_file: Path) -> None:
    assert db_file.exists()
    other = sqlite3.connect(db_file)
    try:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert other.execute("PRAGMA user_version").fetchone()[0] >= 1
    finally:
        other.close()


def test_from_step_keeps_choice_and_alternatives_without_logits() -> None:
    record = TokenRecord.from_step(make_step(3, " hi"))
    assert (record.index, record.token_id, record.text) == (3, 103, " hi")
    assert (record.prob, record.prob_after, record.rank, record.entropy_bits) == (0.5, 0.75, 1, 1.25)
    assert record.alternatives == (
        Alternative(id=103, text=" hi", prob=0.5, rank=1, prob_after=0.75, removed_by=None),
        Alternative(id=7, text=" other", prob=0.1, rank=2, prob_after=0.0, removed_by="top_k"),
    )
    step_without_index = make_step(0, "x")
    del step_without_index["index"]
    assert TokenRecord.from_step(step_without_index, index=9).index == 9


def test_tree_with_regenerated_sibling_and_token_branch(store: ChatStore) -> None:
    chat = store.create_conversation("Tree")
    question = store.add_message(chat, None, "user", "Why is the sky blue?")
    first = store.add_message(chat, question, "assistant", "Rayleigh scattering.")
    regenerated = store.add_message(chat, question, "assistant", "Because of scattering.", seed=42)
    branched = store.add_message(chat, question, "assistant", "Ray", branch_of=first, branch_step=1)

    assert [m.id for m in store.children(chat, None)] == [question]
    assert [m.id for m in store.children(chat, question)] == [first, regenerated, branched]
    assert [m.id for m in store.siblings(regenerated)] == [first, regenerated, branched]
    assert store.message(regenerated).seed == 42
    assert (store.message(branched).branch_of, store.message(branched).branch_step) == (first, 1)
    # The newest message is the current leaf.
    assert [m.id for m in store.path(chat)] == [question, branched]


def test_path_follows_the_current_leaf(store: ChatStore) -> None:
    chat = store.create_conversation()
    assert store.path(chat) == []
    question = store.add_message(chat, None, "user", "hi")
    first = store.add_message(chat, question, "assistant", "hello")
    follow_up = store.add_message(chat, first, "user", "more")
    second = store.add_message(chat, question, "assistant", "hey")

    assert [m.content for m in store.path(chat)] == ["hi", "hey"]
    store.set_current_leaf(chat, follow_up)
    assert [m.id for m in store.path(chat)] == [question, first, follow_up]
    assert store.conversation(chat).current_leaf == follow_up
    store.set_current_leaf(chat, second)
    assert [m.id for m in store.path(chat)] == [question, second]


def test_switch_to_picks_the_latest_leaf_of_that_branch(store: ChatStore) -> None:
    chat = store.create_conversation()
    question = store.add_message(chat, None, "user", "q")
    first = store.add_message(chat, question, "assistant", "a1")
    old_follow_up = store.add_message(chat, first, "user", "old")
    new_follow_up = store.add_message(chat, first, "user", "new")
    deep = store.add_message(chat, new_follow_up, "assistant", "deep")
    second = store.add_message(chat, question, "assistant", "a2")

    assert store.latest_leaf(first) == deep
    assert store.latest_leaf(old_follow_up) == old_follow_up
    store.switch_to(first)
    assert [m.id for m in store.path(chat)] == [question, first, new_follow_up, deep]
    store.switch_to(second)
    assert store.conversation(chat).current_leaf == second


def test_append_token_persists_tokens_and_content_across_reopen(db_file: Path) -> None:
    with ChatStore(db_file) as store:
        chat = store.create_conversation("Persist")
        question = store.add_message(chat, None, "user", "Say hi")
        reply = store.add_message(chat, question, "assistant", status="streaming")
        stream(store, reply, ["Hel", "lo", "!"])
        store.finish_message(reply, "complete", stop_reason="eos", seed=7)

    with ChatStore(db_file) as store:
        message = store.message(reply)
        assert (message.content, message.status, message.stop_reason, message.seed) == (
            "Hello!",
            "complete",
            "eos",
            7,
        )
        tokens = store.tokens(reply)
        assert [t.text for t in tokens] == ["Hel", "lo", "!"]
        assert [t.index for t in tokens] == [0, 1, 2]
        assert tokens[1] == TokenRecord.from_step(make_step(1, "lo"))


def test_reply_left_streaming_is_interrupted_on_reopen(db_file: Path) -> None:
    store = ChatStore(db_file)
    chat = store.create_conversation()
    question = store.add_message(chat, None, "user", "Count")
    reply = store.add_message(chat, question, "assistant", status="streaming")
    stream(store, reply, ["1", ",", " 2"])
    store.close()  # without finish_message, as if the app had died mid-reply

    with ChatStore(db_file) as reopened:
        message = reopened.message(reply)
        assert message.status == "interrupted"
        assert message.content == "1, 2"
        assert [t.text for t in reopened.tokens(reply)] == ["1", ",", " 2"]
        assert reopened.message(question).status == "complete"


def test_each_token_is_visible_to_another_connection_at_once(store: ChatStore, db_file: Path) -> None:
    chat = store.create_conversation()
    reply = store.add_message(chat, None, "assistant", status="streaming")
    reader = sqlite3.connect(db_file)
    try:
        content = ""
        for index, piece in enumerate(["a", "b", "c"]):
            content += piece
            store.append_token(reply, TokenRecord.from_step(make_step(index, piece)), content)
            count = reader.execute("SELECT COUNT(*) FROM tokens WHERE message_id = ?", (reply,)).fetchone()
            text = reader.execute("SELECT content FROM messages WHERE id = ?", (reply,)).fetchone()
            assert (count[0], text[0]) == (index + 1, content)
    finally:
        reader.close()


def test_search_matches_title_and_content_case_insensitively(store: ChatStore) -> None:
    by_title = store.create_conversation("Quantum Physics")
    by_content = store.create_conversation("Misc")
    store.add_message(by_content, None, "user", "Tell me about QUANTUM dots")
    unrelated = store.create_conversation("Cooking")
    store.add_message(unrelated, None, "user", "pasta")
    accented = store.create_conversation("ÉCOLE")

    assert {c.id for c in store.conversations("quantum")} == {by_title, by_content}
    assert [c.id for c in store.conversations("PASTA")] == [unrelated]
    assert [c.id for c in store.conversations("école")] == [accented]
    assert store.conversations("nothing like this") == []
    assert len(store.conversations()) == 4


def test_conversations_are_listed_most_recently_updated_first(store: ChatStore) -> None:
    older = store.create_conversation("older")
    newer = store.create_conversation("newer")
    assert [c.id for c in store.conversations()] == [newer, older]
    store.add_message(older, None, "user", "bump")
    assert [c.id for c in store.conversations()] == [older, newer]


def test_conversation_fields_update_rename_and_missing(store: ChatStore) -> None:
    chat = store.create_conversation("t", "be brief", {"temperature": 0.7}, "smollm2-135m")
    store.rename_conversation(chat, "Renamed")
    store.update_conversation(chat, settings={"temperature": 0.2, "top_k": 40})
    conversation = store.conversation(chat)
    assert conversation.title == "Renamed"
    assert conversation.system_prompt == "be brief"
    assert conversation.settings == {"temperature": 0.2, "top_k": 40}
    assert conversation.model == "smollm2-135m"
    store.update_conversation(chat, system_prompt="", model="gemma3-270m")
    assert (store.conversation(chat).system_prompt, store.conversation(chat).model) == ("", "gemma3-270m")
    with pytest.raises(KeyError):
        store.conversation(chat + 1000)
    with pytest.raises(KeyError):
        store.message(12345)


def test_invalid_role_status_and_foreign_parent_are_refused(store: ChatStore) -> None:
    chat = store.create_conversation()
    other = store.create_conversation()
    foreign = store.add_message(other, None, "user", "elsewhere")
    with pytest.raises(ValueError):
        store.add_message(chat, None, "robot", "x")
    with pytest.raises(ValueError):
        store.add_message(chat, None, "user", "x", status="done")
    with pytest.raises(ValueError):
        store.add_message(chat, foreign, "assistant", "x")
    with pytest.raises(ValueError):
        store.set_current_leaf(chat, foreign)


def test_delete_cascades_to_messages_and_tokens(store: ChatStore, db_file: Path) -> None:
    doomed = store.create_conversation("doomed")
    question = store.add_message(doomed, None, "user", "q")
    reply = store.add_message(doomed, question, "assistant", status="streaming")
    stream(store, reply, ["x", "y"])
    kept = store.create_conversation("kept")
    kept_reply = store.add_message(kept, None, "assistant", status="streaming")
    stream(store, kept_reply, ["z"])

    store.delete_conversation(doomed)

    assert [c.id for c in store.conversations()] == [kept]
    reader = sqlite3.connect(db_file)
    try:
        assert reader.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 1
        tokens = reader.execute("SELECT message_id FROM tokens").fetchall()
        assert tokens == [(kept_reply,)]
    finally:
        reader.close()


def test_copy_tokens_copies_exactly_the_prefix_before_upto(store: ChatStore) -> None:
    chat = store.create_conversation()
    source = store.add_message(chat, None, "assistant", status="streaming")
    stream(store, source, ["a", "b", "c", "d"])
    target = store.add_message(chat, None, "assistant", status="streaming", branch_of=source, branch_step=2)

    store.copy_tokens(source, target, 2)

    assert store.tokens(target) == store.tokens(source)[:2]
    assert [t.index for t in store.tokens(source)] == [0, 1, 2, 3]


def test_finish_message_records_errors_and_keeps_earlier_seed(store: ChatStore) -> None:
    chat = store.create_conversation()
    reply = store.add_message(chat, None, "assistant", status="streaming", seed=5)
    store.set_content(reply, "partial")
    store.finish_message(reply, "error", error="out of memory")
    message = store.message(reply)
    assert (message.status, message.error, message.seed, message.content) == (
        "error",
        "out of memory",
        5,
        "partial",
    )


def test_export_markdown_follows_the_current_path(store: ChatStore) -> None:
    chat = store.create_conversation("Greeting", system_prompt="You are terse.")
    question = store.add_message(chat, None, "user", "Hi")
    store.add_message(chat, question, "assistant", "Old answer")
    store.add_message(chat, question, "assistant", "Hello.")

    exported = store.export_markdown(chat)
    assert exported.startswith(
        "# Greeting\n\n- Model: unknown\n- Sampling: the defaults\n- System prompt: typed, below\n- Started "
    )
    assert exported.endswith(
        "\n\n**System**\n\nYou are terse.\n\n**User**\n\nHi\n\n**Assistant**\n\nHello.\n"
    )
    assert "Old answer" not in exported
    plain = store.create_conversation("Plain")
    store.add_message(plain, None, "user", "x")
    exported = store.export_markdown(plain)
    assert "- System prompt: none\n" in exported and exported.endswith("\n\n**User**\n\nx\n")
    assert "**System**" not in exported


def test_export_markdown_says_which_model_settings_and_seed_wrote_each_reply(store: ChatStore) -> None:
    settings = {"temperature": 0.0, "top_k": 40, "top_p": 0.95, "min_p": 0.05, "max_tokens": 24, "seed": -1}
    chat = store.create_conversation("What is 2+2?", "", settings, "smollm2-135m")
    question = store.add_message(chat, None, "user", "What is 2+2?")
    store.add_message(chat, question, "assistant", "4", seed=1234, model="gemma3-270m")

    exported = store.export_markdown(chat, added_system="You are SmolLM.")

    assert "- Model: gemma3-270m\n" in exported  # the model that wrote the reply, not the chat's first
    assert (
        "- Sampling: temperature 0.0 · top-k 40 · top-p 0.95 · min-p 0.05 · max tokens 24 · seed random\n"
        in exported
    )
    assert "- System prompt: written by the chat template, below\n" in exported
    assert "**System** (written by the chat template, not typed)\n\nYou are SmolLM." in exported
    assert "**Assistant** · gemma3-270m, seed 1234\n\n4\n" in exported
    started = time.strftime("%Y-%m-%d %H:%M", time.localtime(store.conversation(chat).created))
    assert f"- Started {started}, exported " in exported


def test_a_version_1_file_gains_the_model_of_each_reply(db_file: Path) -> None:
    ChatStore(db_file).close()
    old = sqlite3.connect(db_file)  # back to version 1: messages without their model
    old.executescript("ALTER TABLE messages DROP COLUMN model; PRAGMA user_version = 1;")
    old.execute("INSERT INTO conversations (title, created, updated) VALUES ('Old', 1, 1)")
    old.execute("INSERT INTO messages (conversation_id, role, content, created) VALUES (1, 'user', 'Hi', 1)")
    old.commit()
    old.close()

    with ChatStore(db_file) as store:
        assert store.message(1).content == "Hi" and store.message(1).model is None
        reply = store.add_message(1, 1, "assistant", "Hello", model="smollm2-135m")
        assert store.message(reply).model == "smollm2-135m"


def test_search_ignores_case_and_accents(store: ChatStore) -> None:
    chat = store.create_conversation("Viagem")
    store.add_message(chat, None, "user", "Fale sobre a França e a Espanha.")
    other = store.create_conversation("Outro")
    store.add_message(other, None, "user", "Nada aqui.")

    for query in ("franca", "FRANÇA", "espanha", "Fale sobre a franca"):
        assert [c.id for c in store.conversations(query)] == [chat], query
    assert store.conversations("frança!") == []


def test_tokens_past_a_stop_string_can_be_dropped(store: ChatStore) -> None:
    chat = store.create_conversation()
    reply = store.add_message(chat, None, "assistant", status="streaming")
    stream(store, reply, [" Paris", ".", "\n", "User", ":"])
    store.drop_tokens_from(reply, 3)
    assert [token.text for token in store.tokens(reply)] == [" Paris", ".", "\n"]


def test_export_json_holds_the_whole_tree_with_tokens(store: ChatStore) -> None:
    chat = store.create_conversation("Tree", "sys", {"temperature": 0.5}, "smollm2-135m")
    question = store.add_message(chat, None, "user", "Hi")
    first = store.add_message(chat, question, "assistant", status="streaming")
    stream(store, first, ["Hel", "lo"])
    store.finish_message(first, "complete")
    second = store.add_message(chat, question, "assistant", "Hey")
    store.switch_to(first)

    exported = store.export_json(chat)

    assert exported["title"] == "Tree"
    assert exported["system_prompt"] == "sys"
    assert exported["settings"] == {"temperature": 0.5}
    assert exported["model"] == "smollm2-135m"
    assert exported["created"] == store.conversation(chat).created
    messages = exported["messages"]
    assert [(m["id"], m["parent_id"], m["role"], m["content"], m["status"]) for m in messages] == [
        (question, None, "user", "Hi", "complete"),
        (first, question, "assistant", "Hello", "complete"),
        (second, question, "assistant", "Hey", "complete"),
    ]
    assert messages[0]["tokens"] == [] and messages[2]["tokens"] == []
    first_token = messages[1]["tokens"][0]
    assert {key: first_token[key] for key in ("index", "id", "text", "prob", "rank", "entropy_bits")} == {
        "index": 0,
        "id": 100,
        "text": "Hel",
        "prob": 0.5,
        "rank": 1,
        "entropy_bits": 1.25,
    }
    assert first_token["alternatives"][1] == {
        "id": 7,
        "text": " other",
        "prob": 0.1,
        "rank": 2,
        "prob_after": 0.0,
        "removed_by": "top_k",
    }


def test_data_dir_honours_lanterna_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LANTERNA_DATA_DIR", str(tmp_path / "data"))
    assert default_data_dir() == tmp_path / "data"
    assert default_store_path() == tmp_path / "data" / "chats.sqlite3"


def test_data_dir_on_linux_uses_xdg_data_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("LANTERNA_DATA_DIR", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_data_dir() == tmp_path / "lanterna"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert default_data_dir() == Path.home() / ".local" / "share" / "lanterna"
