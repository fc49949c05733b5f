<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>messages</name>
    <message>
        <source>Layer {number} ({type}): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} expects a flat input of shape (N, F) but gets {shape}: insert a Flatten before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} expects a flat input of shape (N, F) but gets {shape}: insert a Flatten before it (or use BatchNorm2d on feature maps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} expects feature maps of shape (N, C, H, W) but gets the flat {shape}: move it before the Flatten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding {padding} is more than half the kernel size {kernel}: lower padding to {lower}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its {kernel}x{kernel} window does not fit the {height}x{width} input (padding {padding}): use a smaller kernel_size, add padding, or remove a pooling layer before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot process an input of shape {shape}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot process an input of shape {shape}: it produces an empty output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It would have {parameters:,} parameters, too many to train here: make it smaller or shrink its input with pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network has nothing to learn: add a Linear layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network outputs {output} but the dataset {wants}: {fix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks for 1 value (a regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {classes} classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end with Flatten and Linear({classes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the last Linear&apos;s out_features to {classes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a Linear layer with out_features {classes} at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout after the output layer randomly zeroes predictions: move it before the last Linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} after the final Linear clips the logits: remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} after the final Linear squashes the logits: remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two Linear layers with no activation between them collapse into one linear map: insert a ReLU between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax as the last layer under cross-entropy: the loss already applies log-softmax, so this slows learning; remove it (the app still shows probabilities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} Sigmoid/Tanh layers stacked: gradients vanish through them; use ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be {kind}, not {actual}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {value} is not one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be a finite number, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {value} is below its minimum {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {value} is above its maximum {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss became NaN (not a number): with learning rate {lr:g} the steps are so big that the weights blew up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss is growing ({first:.3g} -&gt; {last:.3g}) instead of falling: the steps overshoot. Learning rate {lr:g} is too high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss is flat ({first:.3g} -&gt; {last:.3g}): the network is not learning. The learning rate may be too low, or the initial weights poor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer {layer}: {share:.0%} of its units output 0 for every image (dead ReLUs); they pass no gradient back, so they never recover. Lower the learning rate, change the initialisation, or use LeakyReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer {layer}: {share:.0%} of its outputs sit on the flat ends of the curve (slope under 0.01), so almost no gradient gets through. Smaller initial weights, BatchNorm before it, or ReLU instead will help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanishing gradients: layer {layer} gets a gradient {times:,.0f} times smaller than layer {last_layer}, so it barely learns. Use ReLU instead of Sigmoid/Tanh, add BatchNorm, or make the network shallower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploding gradients: layer {layer} has a gradient norm of {norm:.3g}; steps that big throw the weights around. Lower the learning rate, or add BatchNorm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overfitting: validation loss rose from {best_loss:.3g} (epoch {best_epoch}) to {loss:.3g} while training loss kept falling: the network is memorising the training samples. Add Dropout or weight decay (L2), or stop early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The predictions collapsed onto one class: {share:.0%} of the images are put in class {top}. The network ignores its input; often the learning rate is too high or too low, or the output layer&apos;s start is badly off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the learning rate to {lr:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the learning rate to {lr:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Kaiming initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Xavier initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add weight decay {weight_decay:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add weight decay {weight_decay:g} and stop early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the chosen dataset&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network cannot be trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training settings are invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training ran out of memory. Try a smaller batch size, fewer filters or units, or a smaller training set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start training: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed ({signal})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped in the middle of a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training {outcome}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped mid-batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} The model from epoch {epoch} is kept: Save model… saves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} No epoch had been saved yet, so there is no model to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped at epoch {epoch}, batch {batch}: the loss became NaN/infinite. Lower the learning rate (now {lr:g}), or use a gentler optimizer, a different weight init, or batch normalisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open lesson {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a netbuilder project (format must be &apos;{format}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema_version must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema_version {version} is not one netbuilder wrote (1 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer netbuilder (schema {version}; this one reads up to {newest})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;dataset&apos; needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dataset {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network.input_shape must be [channels, height, width] or [features]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {number} needs a &apos;type&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {number}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {number} ({type}): &apos;params&apos; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {number} ({type}) has no parameter {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {number} ({type}): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
