"""Images as PNG bytes for the browser, from numpy arrays, PIL images or encoded bytes."""

import io

# Small images are enlarged: the browser must keep their pixels square and sharp rather
# than smooth them, and must not stretch them to the page's width.
PIXELATED_CLASS = "course-pixelated"
PIXELATED_STYLE = f"<style>.{PIXELATED_CLASS} {{ image-rendering: pixelated; }}</style>"


def image_size(image) -> tuple[int, int]:
    """(width, height) in pixels."""
    return _as_pil(image).size


def to_png(image, scale: float = 1.0, invert: bool = False) -> bytes:
    """PNG bytes of `image`, enlarged `scale` times with sharp pixels (for tiny images
    such as scikit-learn's 8×8 digits); `invert` shows high values dark, as ink."""
    from PIL import Image, ImageOps

    picture = _as_pil(image)
    if invert:
        picture = ImageOps.invert(picture.convert("L"))
    if scale != 1:
        size = (max(1, round(picture.width * scale)), max(1, round(picture.height * scale)))
        picture = picture.resize(size, Image.NEAREST)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def _as_pil(image):
    from PIL import Image

    if isinstance(image, Image.Image):
        return image
    if isinstance(image, (bytes, bytearray)):
        return Image.open(io.BytesIO(image))
    import numpy as np

    array = np.asarray(image)
    if array.dtype != np.uint8:
        low, high = float(array.min()), float(array.max())
        array = ((array - low) / (high - low or 1) * 255).round().astype(np.uint8)
    return Image.fromarray(array)
