"""`python main.py compare`: prompt templates compared on a labelled dataset, from the command line."""

from __future__ import annotations

import argparse
from typing import Any

from engine.core.cli import CliError, add_model_arguments, open_session, print_table
from engine.promptlab.data import BUILTINS, DatasetError, load_dataset
from engine.promptlab.metrics import one_label_note
from engine.promptlab.templates import TemplateError, template_from_spec


def register(subparsers: Any) -> dict[str, Any]:
    parser = subparsers.add_parser(
        "compare",
        help="compare zero-shot / few-shot / chain-of-thought prompts on a labelled dataset",
        description="Score each label as a continuation of each prompt (teacher forcing) and compare "
        "accuracy, macro-F1, log-loss and calibration across templates.",
    )
    add_model_arguments(parser)
    parser.add_argument(
        "--dataset",
        default="tweets-en",
        help=f"a .csv / .jsonl file with text,label columns, or a built-in set: {', '.join(BUILTINS)}",
    )
    parser.add_argument(
        "--template",
        action="append",
        default=None,
        help="zero | few:K | cot, optionally +chat (e.g. few:8+chat); repeat to compare "
        "(default: zero, few:4)",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed for choosing and ordering the shots")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N examples")
    parser.add_argument(
        "--labels", default=None, help="comma-separated label set; rows with another label are an error"
    )
    parser.add_argument(
        "--label-word",
        action="append",
        default=[],
        metavar="LABEL=WORD",
        help="text scored for a label, e.g. 'positive= Good' (default: ' Positive' for 'positive')",
    )
    parser.add_argument("--order-seeds", type=int, default=0, help="few-shot: also shuffle the shots N times")
    parser.add_argument(
        "--leave-one-out", action="store_true", help="few-shot: also score with each shot left out"
    )
    return {"compare": cmd_compare}


def _label_words(pairs: list[str]) -> dict[str, str]:
    words = {}
    for pair in pairs:
        label, separator, word = pair.partition("=")
        if not separator or not label.strip():
            raise CliError(f"--label-word needs LABEL=WORD, got '{pair}'")
        words[label.strip()] = word
    return words


def cmd_compare(args: argparse.Namespace) -> dict[str, Any]:
    from engine.promptlab.runner import compare

    if args.limit is not None and args.limit < 1:
        raise CliError("--limit must be at least 1")
    labels = [label.strip() for label in args.labels.split(",")] if args.labels else None
    try:
        dataset = load_dataset(args.dataset, labels, _label_words(args.label_word))
        templates = [template_from_spec(spec, dataset) for spec in args.template or ["zero", "few:4"]]
    except (DatasetError, TemplateError) as error:
        raise CliError(str(error)) from error
    with open_session(args) as session:
        result = compare(
            session,
            dataset,
            templates,
            seed=args.seed,
            limit=args.limit,
            order_seeds=args.order_seeds,
            leave_one_out=args.leave_one_out,
        )
    if not args.json:
        _print_result(result)
    return result


def _print_result(result: dict[str, Any]) -> None:
    print(f"{result['dataset']}: {result['evaluated']} examples, labels {', '.join(result['labels'])}")
    rows = [{"template": t["name"], **t["metrics"], "seconds": t["seconds"]} for t in result["templates"]]
    print_table(rows, ["template", "accuracy", "macro_f1", "log_loss", "ece", "seconds"])
    majority, chance = result["baselines"]["majority"], result["baselines"]["chance"]
    print(
        f"baselines: always '{majority['label']}' (the most frequent true label) accuracy "
        f"{majority['accuracy']:.3f}, macro_f1 {majority['macro_f1']:.3f}; "
        f"chance (1 of {chance['labels']} labels) accuracy {chance['accuracy']:.3f}"
    )
    for template in result["templates"]:
        if template.get("one_label"):
            note = one_label_note(template["one_label"], template["metrics"]["accuracy"])
            print(f"{template['name']}: {note}")
        order = template.get("ablations", {}).get("order")
        if order:
            print(
                f"{template['name']}: shot order over {len(order['seeds'])} seeds: accuracy "
                f"min {order['min']:.3f} max {order['max']:.3f} std {order['std']:.3f}"
            )
        for row in template.get("ablations", {}).get("leave_one_out", {}).get("shots", []):
            print(f"{template['name']}: without shot {row['shot']} ({row['label']}): {row['accuracy']:.3f}")
