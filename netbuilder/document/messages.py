"""Messages are data: a stable code plus its arguments, turned into a sentence by each front end.

A problem, a lint, a doctor's diagnosis or an error carries a `Message`; nothing compares the
sentence it becomes. `ENGLISH` is the one catalog of source sentences (str.format templates over
the arguments). The CLI renders them as they are (`english`); the GUI renders them through Qt's
translation (`gui/messages.py`): every template is marked with `QT_TRANSLATE_NOOP("messages", ...)`
so that Qt's lupdate finds it here as a literal, and the GUI calls
`QCoreApplication.translate("messages", template)` at run time. An argument that is itself a
Message is rendered first (a fragment such as the fix in "...: set out_features to 10").
Counts that need a plural go through `plural` (here) or Qt's "%n" forms (in the GUI).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

CONTEXT = "messages"
"""The Qt translation context of every template below."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks `text` for Qt's lupdate without importing Qt; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Message:
    """A code from `ENGLISH` and the values its sentence names."""

    code: str
    args: Mapping[str, Any] = field(default_factory=dict)


def explained(reason: str | Message) -> tuple[Message | None, str]:
    """An error's reason as (its Message or None, its English text): for the errors that take
    either a Message (translated where shown) or a plain text (shown as it is)."""
    if isinstance(reason, Message):
        return reason, english(reason)
    return None, reason


class MessageError(ValueError):
    """An error a user can act on, carried as a Message; `str()` is its English sentence."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(english(message))


def plural(count: int, one: str, many: str) -> str:
    """'1 error', '3 errors': the one helper for counted English words outside the GUI."""
    return f"{count:,} {one if count == 1 else many}"


def shape_text(shape: tuple[int, ...] | None, spaced: bool = False) -> str:
    """A shape as every view writes it: "17×28×28" (spaced: "17 × 28 × 28", the full-size
    block's line); "?" when it is not known. The one formatter of shapes for messages and views."""
    if shape is None:
        return "?"
    return (" × " if spaced else "×").join(str(size) for size in shape)


def _is_shape(value: Any) -> bool:
    """A tuple of sizes (an ONNX file's may name one, such as "N")."""
    if not isinstance(value, tuple) or not any(type(v) is int for v in value):
        return False
    return all(type(v) is int or isinstance(v, str) for v in value)


def _argument(value: Any, translate: Callable[[str], str]) -> Any:
    """An argument as its sentence shows it: a Message rendered, a shape (a tuple of sizes, as
    the analysis gives it) written as a shape rather than as Python's "(17, 28, 28)"."""
    if isinstance(value, Message):
        return render(value, translate)
    return shape_text(value) if _is_shape(value) else value


def render(message: Message, translate: Callable[[str], str] = str) -> str:
    """The sentence for `message`, each template passed through `translate` first.

    An unknown code (a newer file, a bug) shows as the code itself, and a translation whose blanks
    do not match the arguments as the English sentence, rather than failing.
    """
    template = ENGLISH.get(message.code)
    if template is None:
        return message.code
    args = {key: _argument(value, translate) for key, value in message.args.items()}
    try:
        return translate(template).format(**args)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return template.format(**args)


def english(message: Message) -> str:
    """The English sentence (the CLI's front end, logs and JSON output)."""
    return render(message)


ENGLISH: dict[str, str] = {
    # --- problems in a network (document/analysis.py); a layer's own start with its label ------
    "about_layer": QT_TRANSLATE_NOOP("messages", "Layer {number} ({type}): {text}"),
    "parameter_invalid": QT_TRANSLATE_NOOP("messages", "Parameter {problem}"),
    "input_not_flat": QT_TRANSLATE_NOOP(
        "messages",
        "{type} expects a flat input of shape (N, F) but gets {shape}: insert a Flatten before it",
    ),
    "input_not_flat_batchnorm1d": QT_TRANSLATE_NOOP(
        "messages",
        "{type} expects a flat input of shape (N, F) but gets {shape}: insert a Flatten before it "
        "(or use BatchNorm2d on feature maps)",
    ),
    "input_not_maps": QT_TRANSLATE_NOOP(
        "messages",
        "{type} expects feature maps of shape (N, C, H, W) but gets the flat {shape}: "
        "move it before the Flatten",
    ),
    "padding_too_large": QT_TRANSLATE_NOOP(
        "messages",
        "Padding {padding} is more than half the kernel size {kernel}: lower padding to {lower}",
    ),
    "window_does_not_fit": QT_TRANSLATE_NOOP(
        "messages",
        "Its {kernel}x{kernel} window does not fit the {height}x{width} input (padding {padding}): "
        "use a smaller kernel_size, add padding, or remove a pooling layer before it",
    ),
    "cannot_process": QT_TRANSLATE_NOOP(
        "messages", "Cannot process an input of shape {shape}: {reason}"
    ),
    "output_empty": QT_TRANSLATE_NOOP(
        "messages", "Cannot process an input of shape {shape}: it produces an empty output"
    ),
    "unflatten_mismatch": QT_TRANSLATE_NOOP(
        "messages",
        "{channels}x{height}x{width} = {product} values, but its input has {features} features: "
        "make channels x height x width equal {features}",
    ),
    "output_padding_too_large": QT_TRANSLATE_NOOP(
        "messages",
        "output_padding {output_padding} must be less than stride {stride}: lower output_padding "
        "or raise stride",
    ),
    "transposed_padding_too_large": QT_TRANSLATE_NOOP(
        "messages",
        "Padding {padding} crops the whole {height}x{width} output: lower padding",
    ),
    "too_many_parameters": QT_TRANSLATE_NOOP(
        "messages",
        "It would have {parameters:,} parameters, too many to train here: make it smaller or "
        "shrink its input with pooling",
    ),
    "nothing_to_learn": QT_TRANSLATE_NOOP(
        "messages", "The network has nothing to learn: add a Linear layer"
    ),
    "output_mismatch": QT_TRANSLATE_NOOP(
        "messages", "The network outputs {output} but the dataset {wants}: {fix}"
    ),
    "wants_regression": QT_TRANSLATE_NOOP("messages", "asks for 1 value (a regression)"),
    "wants_classes": QT_TRANSLATE_NOOP("messages", "has {classes} classes"),
    "fix_end_with_linear": QT_TRANSLATE_NOOP("messages", "end with Flatten and Linear({classes})"),
    "fix_out_features": QT_TRANSLATE_NOOP(
        "messages", "set the last Linear's out_features to {classes}"
    ),
    "fix_add_linear": QT_TRANSLATE_NOOP(
        "messages", "add a Linear layer with out_features {classes} at the end"
    ),
    "residual_shapes_differ": QT_TRANSLATE_NOOP(
        "messages",
        "Its blocks turn {input} into {output}, so the input cannot be added to their output as "
        "it is: set shortcut to projection",
    ),
    "residual_cannot_add": QT_TRANSLATE_NOOP(
        "messages",
        "Its blocks turn {input} into {output} and no shortcut can reshape one into the other: "
        "keep images as images (no Flatten inside) and shrink height and width by a whole stride",
    ),
    "residual_cannot_project": QT_TRANSLATE_NOOP(
        "messages",
        "No projection turns {input} into {output} (a 1x1 Conv2d keeps images images and can "
        "only shrink them by a whole stride): keep the blocks' output an image of that kind, or "
        "move the Flatten out of the block",
    ),
    "branches_empty": QT_TRANSLATE_NOOP("messages", "It has no branch: add one, or unwrap it"),
    "branches_cannot_concat": QT_TRANSLATE_NOOP(
        "messages",
        "Branch {branch} outputs {shape} but branch 1 outputs {first}: concatenating needs the "
        "same height and width (or both flat); change that branch's stride or padding",
    ),
    "branches_cannot_add": QT_TRANSLATE_NOOP(
        "messages",
        "Branch {branch} outputs {shape} but branch 1 outputs {first}: adding needs equal shapes; "
        "change that branch, or set merge to concat",
    ),
    "branch_outside_branches": QT_TRANSLATE_NOOP(
        "messages", "A Branch belongs inside a Branches block"
    ),
    "branches_hold_branches": QT_TRANSLATE_NOOP(
        "messages", "A Branches block holds Branch paths only: put this layer inside a branch"
    ),
    "layer_holds_layers": QT_TRANSLATE_NOOP("messages", "A {type} layer cannot hold other layers"),
    "nested_too_deep": QT_TRANSLATE_NOOP(
        "messages", "Blocks are nested more than {levels} deep: unwrap some"
    ),
    "output_not_input": QT_TRANSLATE_NOOP(
        "messages",
        "The network outputs {output} but reconstructing needs the input's shape {input}: {fix}",
    ),
    "fix_unflatten": QT_TRANSLATE_NOOP(
        "messages", "end with Unflatten({channels}, {height}, {width})"
    ),
    "fix_linear_unflatten": QT_TRANSLATE_NOOP(
        "messages",
        "end with Linear({features}) and Unflatten({channels}, {height}, {width})",
    ),
    "fix_linear_features": QT_TRANSLATE_NOOP("messages", "end with Linear({features})"),
    "fix_out_channels": QT_TRANSLATE_NOOP(
        "messages",
        "make the last layer give {channels} maps of {height}x{width} (e.g. ConvTranspose2d "
        "with out_channels {channels}, or Upsample)",
    ),
    "bce_needs_sigmoid": QT_TRANSLATE_NOOP(
        "messages",
        "Binary cross-entropy compares pixels between 0 and 1: end the network with Sigmoid "
        "(before an Unflatten), or choose the mse loss",
    ),
    # --- teaching lints (warnings) --------------------------------------------------------------
    "projection_not_needed": QT_TRANSLATE_NOOP(
        "messages",
        "Its blocks keep the shape {shape}: an identity shortcut does the same without the "
        "projection's parameters",
    ),
    "dropout_after_output": QT_TRANSLATE_NOOP(
        "messages",
        "Dropout after the output layer randomly zeroes predictions: move it before the last Linear",
    ),
    "clips_logits": QT_TRANSLATE_NOOP(
        "messages", "{type} after the final Linear clips the logits: remove it"
    ),
    "squashes_logits": QT_TRANSLATE_NOOP(
        "messages", "{type} after the final Linear squashes the logits: remove it"
    ),
    "linear_collapse": QT_TRANSLATE_NOOP(
        "messages",
        "Two Linear layers with no activation between them collapse into one linear map: "
        "insert a ReLU between them",
    ),
    "softmax_last": QT_TRANSLATE_NOOP(
        "messages",
        "Softmax as the last layer under cross-entropy: the loss already applies log-softmax, so "
        "this slows learning; remove it (the app still shows probabilities)",
    ),
    "saturating_stack": QT_TRANSLATE_NOOP(
        "messages", "{count} Sigmoid/Tanh layers stacked: gradients vanish through them; use ReLU"
    ),
    # --- a parameter's value (document/catalog.py) ----------------------------------------------
    "param_wrong_kind": QT_TRANSLATE_NOOP("messages", "{name} must be {kind}, not {actual}"),
    "param_not_a_choice": QT_TRANSLATE_NOOP("messages", "{name} {value} is not one of: {choices}"),
    "param_not_finite": QT_TRANSLATE_NOOP(
        "messages", "{name} must be a finite number, not {value}"
    ),
    "param_below_minimum": QT_TRANSLATE_NOOP(
        "messages", "{name} {value} is below its minimum {minimum}"
    ),
    "param_above_maximum": QT_TRANSLATE_NOOP(
        "messages", "{name} {value} is above its maximum {maximum}"
    ),
    # --- the training doctor (engine/doctor.py) -------------------------------------------------
    "loss_nan": QT_TRANSLATE_NOOP(
        "messages",
        "The loss became NaN (not a number): with learning rate {lr:g} the steps are so big that "
        "the weights blew up.",
    ),
    "loss_diverging": QT_TRANSLATE_NOOP(
        "messages",
        "The loss is growing ({first:.3g} -> {last:.3g}) instead of falling: the steps overshoot. "
        "Learning rate {lr:g} is too high.",
    ),
    "loss_flat": QT_TRANSLATE_NOOP(
        "messages",
        "The loss is flat ({first:.3g} -> {last:.3g}): the network is not learning. The learning "
        "rate may be too low, or the initial weights poor.",
    ),
    "dead_relu": QT_TRANSLATE_NOOP(
        "messages",
        "Layer {layer}: {share:.0%} of its units output 0 for every image (dead ReLUs); they pass "
        "no gradient back, so they never recover. Lower the learning rate, change the "
        "initialisation, or use LeakyReLU.",
    ),
    "saturated": QT_TRANSLATE_NOOP(
        "messages",
        "Layer {layer}: {share:.0%} of its outputs sit on the flat ends of the curve (slope under "
        "0.01), so almost no gradient gets through. Smaller initial weights, BatchNorm before it, "
        "or ReLU instead will help.",
    ),
    "vanishing_gradients": QT_TRANSLATE_NOOP(
        "messages",
        "Vanishing gradients: layer {layer} gets a gradient {times:,.0f} times smaller than layer "
        "{last_layer}, so it barely learns. Use ReLU instead of Sigmoid/Tanh, add BatchNorm, or "
        "make the network shallower.",
    ),
    "exploding_gradients": QT_TRANSLATE_NOOP(
        "messages",
        "Exploding gradients: layer {layer} has a gradient norm of {norm:.3g}; steps that big "
        "throw the weights around. Lower the learning rate, or add BatchNorm.",
    ),
    "overfitting": QT_TRANSLATE_NOOP(
        "messages",
        "Overfitting: validation loss rose from {best_loss:.3g} (epoch {best_epoch}) to "
        "{loss:.3g} while training loss kept falling: the network is memorising the training "
        "samples. Add Dropout or weight decay (L2), or stop early.",
    ),
    "collapsed_predictions": QT_TRANSLATE_NOOP(
        "messages",
        "The predictions collapsed onto one class: {share:.0%} of the images are put in class "
        "{top}. The network ignores its input; often the learning rate is too high or too low, "
        "or the output layer's start is badly off.",
    ),
    "worse_than_linear_accuracy": QT_TRANSLATE_NOOP(
        "messages",
        "Your network is worse than a linear model: test accuracy {network:.1%} against "
        "{linear:.1%} for logistic regression on the same split (always answering the most "
        "common class: {constant:.1%}). Train longer, tune the learning rate, or try a simpler "
        "network.",
    ),
    "worse_than_linear_r2": QT_TRANSLATE_NOOP(
        "messages",
        "Your network is worse than a linear model: test R² {network:.3f} against {linear:.3f} "
        "for least-squares linear regression on the same split (predicting the mean: "
        "{constant:.3f}). With few samples a smaller network, weight decay or early stopping "
        "often help.",
    ),
    # --- what a sweep may change (document/sweep_space.py) -----------------------------------
    "sweep_param_syntax": QT_TRANSLATE_NOOP(
        "messages",
        "--param {text}: write NAME=RANGE, e.g. learning_rate=log:0.001..0.3, "
        "batch_size=32,64,128, epochs=int:5..40 or 4.out_features=int:16..256",
    ),
    "sweep_param_range": QT_TRANSLATE_NOOP(
        "messages",
        "--param {text}: the range must go from a smaller to a larger number (above 0 on a log "
        "scale), e.g. log:0.001..0.3",
    ),
    "sweep_param_twice": QT_TRANSLATE_NOOP("messages", "--param {name} is given twice"),
    "sweep_unknown_setting": QT_TRANSLATE_NOOP(
        "messages",
        "--param {name}: no training setting of that name can be swept; a layer's parameter is "
        "written as its number and the parameter, e.g. 4.out_features",
    ),
    "sweep_no_such_layer": QT_TRANSLATE_NOOP(
        "messages",
        "--param {name}: the network has no layer {number} (`netbuilder summary` numbers them)",
    ),
    "sweep_no_such_param": QT_TRANSLATE_NOOP(
        "messages", "--param {name}: a {type} layer has no such parameter (it has: {params})"
    ),
    "sweep_param_choices": QT_TRANSLATE_NOOP("messages", "--param {name}: choose among {choices}"),
    "sweep_param_kind": QT_TRANSLATE_NOOP(
        "messages", "--param {name}: {value} is not a value of type {kind}"
    ),
    "sweep_param_outside": QT_TRANSLATE_NOOP(
        "messages", "--param {name}: {value} is outside what it allows ({minimum} to {maximum})"
    ),
    "sweep_needs_validation": QT_TRANSLATE_NOOP(
        "messages",
        "A sweep scores each trial on validation data, and this project holds none back: set "
        "--validation-fraction above 0 (e.g. 0.2)",
    ),
    # --- why a sweep's trial ended before its last epoch (engine/sweep.py) -------------------
    "trial_pruned": QT_TRANSLATE_NOOP(
        "messages",
        "stopped after epoch {epoch}: its validation score was behind the other trials' there",
    ),
    "trial_no_score": QT_TRANSLATE_NOOP("messages", "the trial has no finite validation score"),
    "trial_error": QT_TRANSLATE_NOOP("messages", "{error}"),
    # --- the doctor's one-click fixes -----------------------------------------------------------
    "fix_lower_lr": QT_TRANSLATE_NOOP("messages", "Lower the learning rate to {lr:g}"),
    "fix_raise_lr": QT_TRANSLATE_NOOP("messages", "Raise the learning rate to {lr:g}"),
    "fix_kaiming": QT_TRANSLATE_NOOP("messages", "Use Kaiming initialisation"),
    "fix_xavier": QT_TRANSLATE_NOOP("messages", "Use Xavier initialisation"),
    "fix_weight_decay": QT_TRANSLATE_NOOP("messages", "Add weight decay {weight_decay:g}"),
    "fix_weight_decay_stop_early": QT_TRANSLATE_NOOP(
        "messages", "Add weight decay {weight_decay:g} and stop early"
    ),
    # --- why a run failed: the title of its message (gui/training/worker.py) --------------------
    "failed_data_unavailable": QT_TRANSLATE_NOOP("messages", "Data not available"),
    "failed_wrong_data_files": QT_TRANSLATE_NOOP("messages", "Not the chosen dataset's files"),
    "failed_training_stopped": QT_TRANSLATE_NOOP("messages", "Training stopped"),
    "failed_invalid_network": QT_TRANSLATE_NOOP("messages", "The network cannot be trained"),
    "failed_device_unavailable": QT_TRANSLATE_NOOP("messages", "Device not available"),
    "failed_invalid_settings": QT_TRANSLATE_NOOP("messages", "Training settings are invalid"),
    "failed_training": QT_TRANSLATE_NOOP("messages", "Training failed"),
    "unexpected_error": QT_TRANSLATE_NOOP("messages", "Unexpected error: {details}"),
    "failed_out_of_memory": QT_TRANSLATE_NOOP("messages", "Out of memory"),
    "out_of_memory": QT_TRANSLATE_NOOP(
        "messages",
        "Training ran out of memory. Try a smaller batch size, fewer filters or units, or a "
        "smaller training set.",
    ),
    "cannot_start_training": QT_TRANSLATE_NOOP("messages", "Cannot start training: {reason}"),
    # --- the training process ended under a run (gui/training/controller.py) ----------------
    "process_killed": QT_TRANSLATE_NOOP("messages", "killed ({signal})"),
    "process_exited": QT_TRANSLATE_NOOP("messages", "exited with code {code}"),
    "process_ended": QT_TRANSLATE_NOOP("messages", "ended"),
    "run_outcome_failed": QT_TRANSLATE_NOOP("messages", "failed: {reason}"),
    "run_outcome_stopped_mid_batch": QT_TRANSLATE_NOOP(
        "messages", "stopped in the middle of a batch"
    ),
    "run_process_failed": QT_TRANSLATE_NOOP("messages", "Training {outcome}."),
    "run_stopped_mid_batch": QT_TRANSLATE_NOOP("messages", "Training stopped mid-batch."),
    "run_model_kept": QT_TRANSLATE_NOOP(
        "messages", "{text} The model from epoch {epoch} is kept: Save model… saves it."
    ),
    "run_no_model_kept": QT_TRANSLATE_NOOP(
        "messages", "{text} No epoch had been saved yet, so there is no model to keep."
    ),
    "loss_not_finite": QT_TRANSLATE_NOOP(
        "messages",
        "Training stopped at epoch {epoch}, batch {batch}: the loss became NaN/infinite. Lower the "
        "learning rate (now {lr:g}), or use a gentler optimizer, a different weight init, or "
        "batch normalisation.",
    ),
    # --- files ----------------------------------------------------------------------------------
    "cannot_open_project": QT_TRANSLATE_NOOP("messages", "Cannot open {path}: {reason}"),
    "cannot_open_lesson": QT_TRANSLATE_NOOP("messages", "Cannot open lesson {path}: {reason}"),
    # --- why a project file is refused (document/project.py) ----------------------------------
    "project_not_object": QT_TRANSLATE_NOOP("messages", "the top level must be a JSON object"),
    "project_wrong_format": QT_TRANSLATE_NOOP(
        "messages", "it is not a netbuilder project (format must be '{format}')"
    ),
    "schema_not_integer": QT_TRANSLATE_NOOP("messages", "schema_version must be an integer"),
    "schema_too_old": QT_TRANSLATE_NOOP(
        "messages", "schema_version {version} is not one netbuilder wrote (1 or more)"
    ),
    "schema_too_new": QT_TRANSLATE_NOOP(
        "messages",
        "it was written by a newer netbuilder (schema {version}; this one reads up to {newest})",
    ),
    "field_not_object": QT_TRANSLATE_NOOP("messages", "'{field}' must be an object"),
    "field_not_list": QT_TRANSLATE_NOOP("messages", "'{field}' must be a list"),
    "field_not_text": QT_TRANSLATE_NOOP("messages", "'{field}' must be text"),
    "dataset_no_name": QT_TRANSLATE_NOOP("messages", "'dataset' needs a name"),
    "unknown_dataset": QT_TRANSLATE_NOOP("messages", "unknown dataset {name}"),
    "bad_input_shape": QT_TRANSLATE_NOOP(
        "messages", "network.input_shape must be [channels, height, width] or [features]"
    ),
    "bad_normalisation": QT_TRANSLATE_NOOP(
        "messages",
        "dataset.normalisation must hold a mean from -1000 to 1000 and a std from 1e-12 to 1000",
    ),
    "layer_no_type": QT_TRANSLATE_NOOP("messages", "layer {number} needs a 'type'"),
    "layer_unknown_type": QT_TRANSLATE_NOOP("messages", "layer {number}: {reason}"),
    "layer_params_not_object": QT_TRANSLATE_NOOP(
        "messages", "layer {number} ({type}): 'params' must be an object"
    ),
    "layer_unknown_param": QT_TRANSLATE_NOOP(
        "messages", "layer {number} ({type}) has no parameter {name}"
    ),
    "layer_bad_param": QT_TRANSLATE_NOOP("messages", "layer {number} ({type}): {problem}"),
    "layer_holds_layers_file": QT_TRANSLATE_NOOP(
        "messages", "layer {number} ({type}) has 'children', but only containers hold layers"
    ),
    # --- reading PyTorch code (document/code_import/): refusals, then notes -------------------
    "code_too_long": QT_TRANSLATE_NOOP(
        "messages",
        "The code has {size:,} characters; netbuilder reads at most {most:,}: paste only the "
        "model's code",
    ),
    "code_not_python": QT_TRANSLATE_NOOP(
        "messages", "Line {line} is not Python netbuilder can read ({reason}): correct it"
    ),
    "code_too_deep": QT_TRANSLATE_NOOP(
        "messages", "The code is nested too deeply to read: paste only the model's code"
    ),
    "code_too_complex": QT_TRANSLATE_NOOP(
        "messages",
        "The code takes more than {most:,} steps to read: paste only the model's code",
    ),
    "code_too_many_layers": QT_TRANSLATE_NOOP(
        "messages", "The code builds more than {most:,} layers: paste a smaller model"
    ),
    "code_no_model": QT_TRANSLATE_NOOP(
        "messages",
        "No model found: netbuilder reads nn.Sequential(...) and classes derived from nn.Module "
        "whose forward calls their layers",
    ),
    "code_no_layers": QT_TRANSLATE_NOOP(
        "messages",
        "Line {line}: {name} holds no layer netbuilder knows (the notes say what was skipped)",
    ),
    "code_imports": QT_TRANSLATE_NOOP(
        "messages", "Lines {lines}: import {names} was not run (netbuilder never runs code)"
    ),
    "code_import": QT_TRANSLATE_NOOP(
        "messages", "Line {line}: import {names} was not run (netbuilder never runs code)"
    ),
    "code_not_run": QT_TRANSLATE_NOOP(
        "messages", "Line {line}: {code} was not run (netbuilder never runs code); skipped"
    ),
    "code_skipped": QT_TRANSLATE_NOOP("messages", "Line {line}: {code}: skipped"),
    "code_not_a_module": QT_TRANSLATE_NOOP("messages", "Line {line}: {code} is {reason}; skipped"),
    "code_unknown_layer": QT_TRANSLATE_NOOP(
        "messages", "Line {line}: {name}() is not a layer netbuilder knows; skipped"
    ),
    "code_input_from_module": QT_TRANSLATE_NOOP(
        "messages",
        "Line {line}: {name}() is not a layer netbuilder knows; the input shape {shape} was "
        "taken from it",
    ),
    "code_input_from_view": QT_TRANSLATE_NOOP(
        "messages", "Line {line}: the input shape {shape} was taken from {code}"
    ),
    "code_input_from_linear": QT_TRANSLATE_NOOP(
        "messages",
        "Line {line}: the input shape {shape} was worked out from the Linear layer's "
        "{features} inputs",
    ),
    "code_input_images": QT_TRANSLATE_NOOP(
        "messages", "Line {line}: {size} inputs after a Flatten were read as {shape} images"
    ),
    "code_input_unknown": QT_TRANSLATE_NOOP(
        "messages", "The code does not say the input's image size: {shape} was used"
    ),
    "code_size_differs": QT_TRANSLATE_NOOP(
        "messages",
        "Line {line}: the code gives {layer} {stated} inputs, but it gets {actual} here "
        "(netbuilder works the sizes out itself)",
    ),
    "code_missing_argument": QT_TRANSLATE_NOOP(
        "messages", "Line {line}: {layer} needs {name}, which is not given; skipped"
    ),
    "code_argument_extra": QT_TRANSLATE_NOOP(
        "messages", "Line {line}: {layer} takes no argument {code}; left out"
    ),
    "code_argument_left_out": QT_TRANSLATE_NOOP(
        "messages",
        "Line {line}: {layer}: netbuilder has no {name} setting; {name}={value} was left out",
    ),
    "code_argument_unreadable": QT_TRANSLATE_NOOP(
        "messages",
        "Line {line}: {layer}: {name}={code} is {reason}; torch's default was used",
    ),
    "code_layer_unreadable": QT_TRANSLATE_NOOP(
        "messages", "Line {line}: {layer}: {name}={code} is {reason}; the layer was skipped"
    ),
    "code_argument_replaced": QT_TRANSLATE_NOOP(
        "messages", "Line {line}: {layer}: {problem}; {value} was used"
    ),
    "code_not_square": QT_TRANSLATE_NOOP(
        "messages",
        "Line {line}: {layer}: {name}={value} is not square; netbuilder's is, so {used} was used",
    ),
    "code_same_padding": QT_TRANSLATE_NOOP(
        "messages",
        "Line {line}: {layer}: padding='same' with an even kernel pads one side more; padding "
        "{used} was used",
    ),
    "code_softmax_dim": QT_TRANSLATE_NOOP(
        "messages", "Line {line}: {layer}(dim={value}) was read as dim=1, over the classes"
    ),
    "code_functional_dropout": QT_TRANSLATE_NOOP(
        "messages",
        "Line {line}: {code} without training=self.training drops values at evaluation too; "
        "read as a Dropout layer, which does not",
    ),
    "code_projection": QT_TRANSLATE_NOOP(
        "messages",
        "Line {line}: the shortcut {code} was read as netbuilder's projection (1x1 Conv2d "
        "without bias + BatchNorm2d, or Linear)",
    ),
    "code_no_forward": QT_TRANSLATE_NOOP(
        "messages",
        "Line {line}: {name} has no forward; its layers were read in the order __init__ makes them",
    ),
    "code_no_return": QT_TRANSLATE_NOOP(
        "messages", "Line {line}: {name} returns no tensor netbuilder can follow"
    ),
    "code_first_output": QT_TRANSLATE_NOOP(
        "messages", "Line {line}: {code} returns several values; the first was read as the output"
    ),
    "code_too_deep_classes": QT_TRANSLATE_NOOP(
        "messages", "Line {line}: {name} builds classes nested too deeply; skipped"
    ),
    "code_other_models": QT_TRANSLATE_NOOP(
        "messages", "Line {line}: {name} was read; the code also defines {others}"
    ),
    "code_more_notes": QT_TRANSLATE_NOOP("messages", "... and {count:,} more notes"),
    "reason_call": QT_TRANSLATE_NOOP("messages", "a call, and netbuilder never runs code"),
    "reason_lambda": QT_TRANSLATE_NOOP("messages", "a lambda, and netbuilder never runs code"),
    "reason_attribute": QT_TRANSLATE_NOOP(
        "messages", "an attribute or an index, which netbuilder does not look up"
    ),
    "reason_unknown_name": QT_TRANSLATE_NOOP(
        "messages", "a name not bound to a constant in this code"
    ),
    "reason_too_large": QT_TRANSLATE_NOOP("messages", "a number too large for a layer"),
    "reason_too_deep": QT_TRANSLATE_NOOP("messages", "nested too deeply"),
    "reason_not_constant": QT_TRANSLATE_NOOP("messages", "not a constant netbuilder can read"),
    "reason_not_module": QT_TRANSLATE_NOOP("messages", "not a layer netbuilder can read"),
    # --- training settings (document/setting_specs.py, document/settings.py) ------------------
    "setting_wrong_kind": QT_TRANSLATE_NOOP(
        "messages", "training setting '{name}' must be {kind}, not {actual}"
    ),
    "setting_out_of_range": QT_TRANSLATE_NOOP(
        "messages", "{name} is {value}; it must be at least {minimum} and at most {maximum}"
    ),
    "unknown_settings": QT_TRANSLATE_NOOP("messages", "unknown training setting(s): {names}"),
    "one_fold": QT_TRANSLATE_NOOP(
        "messages", "folds is 1; cross-validation needs at least 2 folds (0: off)"
    ),
    "nesterov_needs_sgd": QT_TRANSLATE_NOOP(
        "messages", "nesterov needs the sgd optimizer with a momentum above 0"
    ),
    "early_stopping_needs_validation": QT_TRANSLATE_NOOP(
        "messages", "early stopping needs a validation_fraction above 0"
    ),
    # --- data augmentation (document/augmentation.py) ------------------------------------------
    "augment_flip_digits": QT_TRANSLATE_NOOP(
        "messages",
        "Horizontal flip on {dataset}: a mirrored 2, 3, 4, 5, 7 or 9 is no digit anyone writes, "
        "so the network learns from pictures of wrong digits. Turn flipping off for digits; it "
        "suits photos (a mirrored cat is still a cat).",
    ),
    "augment_images_only": QT_TRANSLATE_NOOP(
        "messages",
        "Data augmentation changes pictures only: {dataset} holds no pictures, so training "
        "ignores it.",
    ),
    "augment_unknown": QT_TRANSLATE_NOOP(
        "messages",
        "{name} is not an augmentation. Use some of: {names}, separated by commas "
        "(e.g. --augment shift=3,rotate=10), or none.",
    ),
    "augment_needs_value": QT_TRANSLATE_NOOP(
        "messages",
        "{name} needs a value from {minimum} to {maximum}, e.g. {name}={example}.",
    ),
    "augment_bad_number": QT_TRANSLATE_NOOP(
        "messages",
        "{name}={text} is not allowed: use a number from {minimum} to {maximum}, "
        "e.g. {name}={example}.",
    ),
    "augment_bad_whole": QT_TRANSLATE_NOOP(
        "messages",
        "{name}={text} is not allowed: use a whole number from {minimum} to "
        "{maximum}, e.g. {name}={example}.",
    ),
    "augment_flip_value": QT_TRANSLATE_NOOP(
        "messages",
        "flip={text} is not allowed: write flip to mirror images, or leave it out.",
    ),
    "augment_repeated": QT_TRANSLATE_NOOP(
        "messages", "{name} is given twice; give each augmentation once."
    ),
    "reconstruct_without_folds": QT_TRANSLATE_NOOP(
        "messages", "cross-validation folds score classes: set folds to 0 to reconstruct"
    ),
    # --- checkpoints (engine/checkpoint.py) -----------------------------------------------------
    "checkpoint_missing": QT_TRANSLATE_NOOP(
        "messages", "Cannot open checkpoint {path}: no such file."
    ),
    "checkpoint_unreadable": QT_TRANSLATE_NOOP(
        "messages", "Cannot open checkpoint {path}: {reason}."
    ),
    "checkpoint_is_json": QT_TRANSLATE_NOOP(
        "messages",
        "Cannot open checkpoint {path}: it is a JSON file (a project? open it in the app, or "
        "train it), not a netbuilder checkpoint (a .pt file from train --checkpoint).",
    ),
    "checkpoint_not_torch": QT_TRANSLATE_NOOP(
        "messages",
        "Cannot open checkpoint {path}: it is not a file torch.save wrote, not a netbuilder "
        "checkpoint (a .pt file from train --checkpoint).",
    ),
    "checkpoint_unsafe": QT_TRANSLATE_NOOP(
        "messages",
        "Cannot open checkpoint {path}: it holds Python objects other than tensors and plain "
        "values, which netbuilder refuses to load ({details})",
    ),
    "checkpoint_damaged": QT_TRANSLATE_NOOP(
        "messages",
        "Cannot open checkpoint {path}: damaged or not a netbuilder checkpoint ({details})",
    ),
    "checkpoint_not_netbuilder": QT_TRANSLATE_NOOP(
        "messages", "Cannot open checkpoint {path}: it is not a netbuilder checkpoint."
    ),
    "checkpoint_bad_schema": QT_TRANSLATE_NOOP(
        "messages", "Cannot open checkpoint {path}: bad schema_version {version}."
    ),
    "checkpoint_too_new": QT_TRANSLATE_NOOP(
        "messages",
        "Cannot open checkpoint {path}: it was written by a newer netbuilder (schema {version}; "
        "this one reads up to {newest}).",
    ),
    "checkpoint_bad_field": QT_TRANSLATE_NOOP(
        "messages", "Cannot open checkpoint {path}: a field is missing or bad ({problem})."
    ),
    "checkpoint_cannot_save": QT_TRANSLATE_NOOP(
        "messages", "Cannot save checkpoint {path}: {reason}."
    ),
    "checkpoint_disk_full": QT_TRANSLATE_NOOP(
        "messages", "Cannot save checkpoint {path}: writing failed; is the disk full? ({details})"
    ),
    # --- importing an ONNX model (engine/onnx_import.py) ---------------------------------------
    "onnx_missing": QT_TRANSLATE_NOOP("messages", "Cannot import {path}: no such file."),
    "onnx_unreadable": QT_TRANSLATE_NOOP("messages", "Cannot import {path}: {reason}."),
    "onnx_not_onnx": QT_TRANSLATE_NOOP(
        "messages",
        "Cannot import {path}: it is not an ONNX model, or it is damaged or cut short ({details}).",
    ),
    "onnx_invalid": QT_TRANSLATE_NOOP(
        "messages", "Cannot import {path}: it is not a valid ONNX model ({details})."
    ),
    "onnx_external_data": QT_TRANSLATE_NOOP(
        "messages",
        "Cannot import {path}: its weights are kept in other files ({names}); netbuilder reads "
        "only ONNX files that hold their weights inside. Save the model again as one file.",
    ),
    "onnx_no_engine": QT_TRANSLATE_NOOP(
        "messages", "Importing ONNX models needs the 'onnx' package: pip install onnx"
    ),
    "onnx_unsupported": QT_TRANSLATE_NOOP(
        "messages",
        "Cannot import {path}: nothing was imported, because netbuilder has no block for "
        "these operators (operator 'node'): {operators}.",
    ),
    "onnx_node_unsupported": QT_TRANSLATE_NOOP(
        "messages",
        "Cannot import {path}: nothing was imported, because the {op} node {node} cannot become "
        "a block: {reason}.",
    ),
    "onnx_reason_attribute": QT_TRANSLATE_NOOP(
        "messages", "its {name} {value} has no counterpart in netbuilder's {block}"
    ),
    "onnx_reason_computed": QT_TRANSLATE_NOOP(
        "messages", "its {what} is computed by the graph, not stored in the file"
    ),
    "onnx_reason_sizes": QT_TRANSLATE_NOOP(
        "messages", "its weights have the shape {shape}, which does not fit its input {input}"
    ),
    "onnx_reason_param": QT_TRANSLATE_NOOP("messages", "as a {block}, {problem}"),
    "onnx_reason_shape": QT_TRANSLATE_NOOP(
        "messages", "it does not fit its input {shape} ({details})"
    ),
    "onnx_reason_join": QT_TRANSLATE_NOOP(
        "messages",
        "it joins or splits the graph in a way blocks cannot hold (netbuilder reads a chain of "
        "layers and Residual blocks that add a block's output to its input)",
    ),
    "onnx_reason_normalisation": QT_TRANSLATE_NOOP(
        "messages",
        "netbuilder reads it only as the input's own normalisation, (x - mean) / std by two "
        "numbers, at the very start",
    ),
    "onnx_reason_shortcut": QT_TRANSLATE_NOOP(
        "messages",
        "its shortcut is not the input itself nor a projection netbuilder knows (a 1x1 Conv with "
        "BatchNormalization, or Gemm)",
    ),
    "onnx_inputs": QT_TRANSLATE_NOOP(
        "messages",
        "Cannot import {path}: it has {count} inputs and {outputs} outputs; netbuilder reads "
        "models with one input and one output.",
    ),
    "onnx_input_shape": QT_TRANSLATE_NOOP(
        "messages",
        "Cannot import {path}: its input {name} has the shape {shape}; netbuilder reads images "
        "(N, C, H, W) or rows of numbers (N, F) of fixed sizes.",
    ),
    "onnx_output_shape": QT_TRANSLATE_NOOP(
        "messages",
        "Cannot import {path}: its output has the shape {shape}; netbuilder's networks end in "
        "one score per class (N, K).",
    ),
    "onnx_unused_nodes": QT_TRANSLATE_NOOP(
        "messages",
        "Cannot import {path}: nothing was imported, because these nodes are not on the path "
        "from the input to the output: {nodes}.",
    ),
    "onnx_not_a_network": QT_TRANSLATE_NOOP(
        "messages",
        "Cannot import {path}: the blocks read from it do not make a valid network: {problems}",
    ),
    # --- devices (engine/devices.py) ------------------------------------------------------------
    "device_not_available": QT_TRANSLATE_NOOP(
        "messages",
        "Device {device} is not available on this machine; choose cpu or auto instead. This "
        "machine has: {have}.",
    ),
    "device_not_a_name": QT_TRANSLATE_NOOP(
        "messages",
        "Device {device} is not a device name; choose cpu or auto instead. This machine has: "
        "{have}.",
    ),
    # --- data (engine/data.py) ------------------------------------------------------------------
    "no_such_folder": QT_TRANSLATE_NOOP("messages", "No such folder: {path}"),
    "data_folder_not_folder": QT_TRANSLATE_NOOP(
        "messages",
        "The data folder {path} is not a folder (it is a file or a device): give a folder with "
        "--data-dir, or choose another in the Training panel.",
    ),
    "unknown_data": QT_TRANSLATE_NOOP(
        "messages", "Unknown dataset {name}: use one of {valid}, or a folder of IDX files"
    ),
    # --- exports (engine/model_export.py) -------------------------------------------------------
    "onnx_failed": QT_TRANSLATE_NOOP("messages", "ONNX export failed: {details}"),
    "onnx_weights_apart": QT_TRANSLATE_NOOP(
        "messages", "ONNX export failed: the exporter wrote its weights apart"
    ),
    "cannot_write": QT_TRANSLATE_NOOP("messages", "Cannot write {path}: {reason}"),
    # --- a named dataset's files (engine/data.py) -----------------------------------------------
    "data_missing": QT_TRANSLATE_NOOP(
        "messages",
        "{title} is not available: its files are not in {folder} and {why}.\nPut these four "
        "files in {parent} or in {folder} (gzipped or not):\n{files}\nor train on generated "
        "digits instead: --dataset synthetic-digits",
    ),
    "download_off": QT_TRANSLATE_NOOP("messages", "download is off"),
    "folder_not_created": QT_TRANSLATE_NOOP("messages", "the folder cannot be created ({details})"),
    "download_failed": QT_TRANSLATE_NOOP("messages", "the download failed ({details})"),
    # --- training (engine/training.py, recipe.py, experiment.py, preflight.py) -----------------
    "regression_output_shape": QT_TRANSLATE_NOOP(
        "messages",
        "The network gives outputs of shape {shape} per sample, but this regression predicts one "
        "number: end it with a Linear layer of 1 output and no activation.",
    ),
    "classes_output_shape": QT_TRANSLATE_NOOP(
        "messages",
        "The network gives outputs of shape {shape} per image, but the dataset has {classes} "
        "classes: end it with a layer of {classes} outputs (e.g. Linear).",
    ),
    "reconstruction_output_shape": QT_TRANSLATE_NOOP(
        "messages",
        "The network gives outputs of shape {shape} per image, but reconstructing needs the "
        "input's shape {input}: end it with layers that give that shape (e.g. Unflatten).",
    ),
    "no_two_value_code": QT_TRANSLATE_NOOP(
        "messages",
        "The network has no layer of exactly 2 outputs to draw as a plane: give the narrowest "
        "Linear layer out_features 2 (a 2-D code), or leave out --latent-csv.",
    ),
    "reconstruct_needs_images": QT_TRANSLATE_NOOP(
        "messages",
        "Reconstructing the input needs images, and {dataset} has none: choose an image dataset "
        "or the Classify task.",
    ),
    "no_training_samples": QT_TRANSLATE_NOOP(
        "messages", "There are no training samples left after the validation split."
    ),
    "no_learnable_parameters": QT_TRANSLATE_NOOP(
        "messages", "The network has no learnable parameters: there is nothing to train."
    ),
    "regression_needs_distance": QT_TRANSLATE_NOOP(
        "messages",
        "This dataset is a regression (a number to predict, not classes): choose the mse or l1 "
        "loss, not cross-entropy.",
    ),
    "input_shape_mismatch": QT_TRANSLATE_NOOP(
        "messages",
        "{dataset} gives inputs of shape {data}, but the network's input is {network}: set the "
        "input to {data} (or choose a dataset that fits the network).",
    ),
    "too_big_for_device": QT_TRANSLATE_NOOP(
        "messages",
        "{name} is too big to train on {device}: with batch size {batch} it needs {estimate}, "
        "and {device} has {free} free. Use fewer or narrower layers, or a smaller batch size.",
    ),
    "the_network": QT_TRANSLATE_NOOP("messages", "the network"),
    "memory_estimate": QT_TRANSLATE_NOOP("messages", "{parameters} parameters, about {size}"),
    "nearly_too_big": QT_TRANSLATE_NOOP(
        "messages", "{name} needs {estimate} of the {free} free on {device}"
    ),
    "very_deep": QT_TRANSLATE_NOOP(
        "messages",
        "{name} has {layers} layers: it will train very slowly (most networks need fewer than 100)",
    ),
    "checkpoint_does_not_fit": QT_TRANSLATE_NOOP(
        "messages",
        "Cannot use checkpoint {path}: its weights do not fit this network ({problem}). Use the "
        "project the checkpoint was trained from.",
    ),
    # --- the Map and `netbuilder embed` (engine/embedding.py, plane_bending.py) ------------------
    "map_no_such_layer": QT_TRANSLATE_NOOP(
        "messages", "the network has no layer {layer}; it has {layers}"
    ),
    "map_too_few_samples": QT_TRANSLATE_NOOP(
        "messages", "{count} samples are too few to draw a map; it needs at least 5"
    ),
    "map_layer_unused": QT_TRANSLATE_NOOP(
        "messages", "the layer {layer} takes no part in the network's answer"
    ),
    "map_needs_two_numbers": QT_TRANSLATE_NOOP(
        "messages", "the plane can be drawn only for data of two numbers per point"
    ),
    # --- a table of numbers (engine/table.py) ---------------------------------------------------
    "csv_unreadable": QT_TRANSLATE_NOOP("messages", "Cannot read {path}: {reason}"),
    "csv_needs_rows": QT_TRANSLATE_NOOP(
        "messages",
        "{path} needs a header row, then one row per sample, with at least one feature column "
        "and a label column.",
    ),
    "csv_row_length": QT_TRANSLATE_NOOP(
        "messages", "{path}, row {row}: {count} values, but the header has {columns} columns."
    ),
    "csv_no_column": QT_TRANSLATE_NOOP(
        "messages", "{path} has no column {name}; its columns are: {columns}"
    ),
    "csv_classes": QT_TRANSLATE_NOOP(
        "messages",
        "The label column has {count} different values: a classification needs 2 to {most} "
        "(for a numeric target, use --task regression).",
    ),
    # --- a folder of images (engine/image_folder.py) --------------------------------------------
    "class_folder_empty": QT_TRANSLATE_NOOP(
        "messages",
        "Class folder {folder} has no PNG, JPEG, BMP or WebP images: add some, or remove the "
        "folder.",
    ),
    "no_images_readable": QT_TRANSLATE_NOOP(
        "messages", "None of the images in {folder} can be read."
    ),
    # --- a generated dataset's parameters (document/two_d.py) -----------------------------------
    "data_param_not_number": QT_TRANSLATE_NOOP("messages", "{name} must be a number, not {actual}"),
    "data_param_not_whole": QT_TRANSLATE_NOOP(
        "messages", "{name} must be a whole number, not {value}"
    ),
    "data_param_out_of_range": QT_TRANSLATE_NOOP(
        "messages", "{name} is {value}; it must be between {low} and {high}"
    ),
    "data_params_unknown": QT_TRANSLATE_NOOP(
        "messages", "dataset {dataset} has no parameter(s): {names}"
    ),
    "data_param_bad": QT_TRANSLATE_NOOP("messages", "dataset {dataset}: {problem}"),
    # --- more data problems (engine/data.py, image_folder.py, table.py, kfold.py) ---------------
    "idx_file_missing": QT_TRANSLATE_NOOP(
        "messages",
        "{path} (or {base}.gz) is missing. A dataset folder needs these four files, each "
        "optionally gzipped: {names}",
    ),
    "no_class_folders": QT_TRANSLATE_NOOP(
        "messages",
        "{folder} has 0 class folders. An image dataset needs one subfolder per class, at least "
        "2, each holding PNG, JPEG, BMP or WebP images (or train/ and test/ folders laid out "
        "that way); or the four MNIST IDX files.",
    ),
    "one_class_folder": QT_TRANSLATE_NOOP(
        "messages",
        "{folder} has 1 class folder (only {name}). An image dataset needs one subfolder per "
        "class, at least 2, each holding PNG, JPEG, BMP or WebP images (or train/ and test/ "
        "folders laid out that way); or the four MNIST IDX files.",
    ),
    "no_test_images": QT_TRANSLATE_NOOP(
        "messages",
        "{folder}: no images are left for testing. A fifth of each class's images is held out "
        "to test on, so a class needs at least 2 images (or add a test/ folder beside train/).",
    ),
    "csv_feature_missing": QT_TRANSLATE_NOOP(
        "messages",
        "{path}, row {row}, column {column}: a missing value. Feature columns must hold numbers "
        "in every row (fill in or remove that row).",
    ),
    "csv_feature_not_number": QT_TRANSLATE_NOOP(
        "messages",
        "{path}, row {row}, column {column}: {text}, not a number. Feature columns must hold "
        "numbers in every row (fill in or remove that row).",
    ),
    "csv_target_missing": QT_TRANSLATE_NOOP(
        "messages",
        "{path}, row {row}, column {column}: a missing value. A regression's target column must "
        "hold a number in every row (or train a classification on it).",
    ),
    "csv_target_not_number": QT_TRANSLATE_NOOP(
        "messages",
        "{path}, row {row}, column {column}: {text}, not a number. A regression's target column "
        "must hold a number in every row (or train a classification on it).",
    ),
    "wrong_dataset_files": QT_TRANSLATE_NOOP(
        "messages",
        "The files in {folder} are {other}, not {claimed}: their checksums are {other}'s. Choose "
        "the dataset {other} ({id}), or a folder that holds {claimed}.",
    ),
    "image_missing": QT_TRANSLATE_NOOP("messages", "Cannot open image {path}: no such file."),
    "image_unreadable": QT_TRANSLATE_NOOP("messages", "Cannot read image {path}: {reason}"),
    "folds_out_of_range": QT_TRANSLATE_NOOP(
        "messages", "--folds must be between 2 and the number of training images ({count})"
    ),
}
