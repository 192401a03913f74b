"""Points from quality: the lesson gives thresholds, the highest one met sets the share."""


def partial_credit(quality: float, thresholds: list[tuple[float, float]], points: float,
                   controls_passed: bool = True) -> float:
    """Points earned for `quality` (e.g. macro-F1) given `thresholds` as
    (minimum quality, share of points) pairs, e.g. [(0.9, 1.0), (0.75, 0.5)].
    Below every threshold, or with failed control items, it earns 0."""
    if not controls_passed:
        return 0.0
    shares = [share for minimum, share in thresholds if quality >= minimum]
    return round(points * max(shares, default=0.0), 4)
