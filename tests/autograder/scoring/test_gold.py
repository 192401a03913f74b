from autograder.scoring.gold import batch_items, gold_classes


def test_a_batch_keeps_the_order_trainees_see(tmp_path):
    batch = tmp_path / "batch.csv"
    batch.write_text("id,text\nr3,Great\nr1,\"Slow, but fine\"\nr2,差评\n", encoding="utf-8")
    assert batch_items(batch) == ("r3", "r1", "r2")


def test_gold_classes_mark_the_hidden_controls(tmp_path):
    gold = tmp_path / "gold.csv"
    gold.write_text("id,label,control\nr1,pos,0\nr2,neg,1\nr3,neu,1\n", encoding="utf-8")
    classes = gold_classes(gold)
    assert classes.truth == {"r1": "pos", "r2": "neg", "r3": "neu"}
    assert classes.controls == {"r2": "neg", "r3": "neu"}
