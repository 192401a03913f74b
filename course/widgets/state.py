"""The state of a labeling session as a pure fold over its actions.

The answer file is the list of actions; the state is what they add up to. The same
`apply` runs live (after each click) and on replay (when the notebook is reopened), so a
resumed session is exactly the session that was left. `apply` checks an action fully
before changing anything, so a refused line leaves the state as it was.

Actions (one JSON object each; every one also carries `seq`, `t` and `by`):
  open  {kind, classes, items}            a session started (informative)
  label {item, value, ms, assist?}        the item's answer is now `value`
  skip  {item, ms}                        the item was skipped
  goto  {item}                            the trainee moved to `item`
  undo  {item, undoes}                    the label/skip with seq `undoes` was taken back
"""

from dataclasses import dataclass, field

from course.widgets.task import LabelTask

ACTIONS = ("open", "label", "skip", "goto", "undo")
ASSIST = ("accepted", "corrected")


class RefusedAction(ValueError):
    """An action that cannot apply to this task; `reason` is a message key (course/messages/widgets.yml)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ItemAnswer:
    value: object = None          # None while skipped
    skipped: bool = False
    assist: str | None = None     # how an AI pre-label was treated: accepted / corrected
    ms: int = 0                   # time spent on the visit that gave this answer
    by: str = ""                  # annotator id


@dataclass
class LabelingState:
    task: LabelTask
    position: int = 0
    answers: dict[str, ItemAnswer] = field(default_factory=dict)
    # (seq, item, answer before) of every label/skip not yet undone, newest last
    undo_stack: list[tuple[int, str, ItemAnswer | None]] = field(default_factory=list)
    last_seq: int = 0

    def __post_init__(self):
        self._index = {item: i for i, item in enumerate(self.task.items)}

    @property
    def current_item(self) -> str:
        return self.task.items[self.position]

    def index_of(self, item: str) -> int:
        return self._index[item]

    def apply(self, action: dict) -> None:
        """Fold one action into the state, or raise `RefusedAction` and change nothing."""
        self._check(action)
        kind, item = action["action"], action.get("item")
        if kind in ("label", "skip"):
            self.undo_stack.append((action["seq"], item, self.answers.get(item)))
            self.answers[item] = ItemAnswer(
                value=action["value"] if kind == "label" else None,
                skipped=kind == "skip",
                assist=action.get("assist"),
                ms=action.get("ms", 0),
                by=action.get("by", ""),
            )
        elif kind == "undo":
            _, undone_item, before = self.undo_stack.pop()
            if before is None:
                self.answers.pop(undone_item, None)
            else:
                self.answers[undone_item] = before
            self.position = self._index[undone_item]
        elif kind == "goto":
            self.position = self._index[item]
        self.last_seq = max(self.last_seq, action["seq"])

    def _check(self, action: dict) -> None:
        if not isinstance(action, dict):
            raise RefusedAction("widgets.reason_not_an_object")
        kind = action.get("action")
        if kind not in ACTIONS:
            raise RefusedAction("widgets.reason_unknown_action")
        seq = action.get("seq")
        if not isinstance(seq, int) or isinstance(seq, bool) or seq <= self.last_seq:
            raise RefusedAction("widgets.reason_bad_field")
        if not isinstance(action.get("by", ""), str) or not _is_count(action.get("ms", 0)):
            raise RefusedAction("widgets.reason_bad_field")
        if kind == "open":
            return
        if action.get("item") not in self._index:
            raise RefusedAction("widgets.reason_unknown_item")
        if kind == "label":
            if "value" not in action or not self.task.is_valid_value(action["value"]):
                raise RefusedAction("widgets.reason_bad_value")
            if action.get("assist") not in (None, *ASSIST):
                raise RefusedAction("widgets.reason_bad_field")
        if kind == "undo":
            top = self.undo_stack[-1] if self.undo_stack else None
            if top is None or top[0] != action.get("undoes") or top[1] != action["item"]:
                raise RefusedAction("widgets.reason_bad_undo")


def _is_count(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def answered(state: LabelingState) -> dict[str, ItemAnswer]:
    """The items that have a label (skipped ones left out)."""
    return {item: a for item, a in state.answers.items() if not a.skipped}
