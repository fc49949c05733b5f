<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>lessons</name>
    <message>
        <source>1. Linear vs ReLU on the spiral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two Linear layers with nothing between them, on three spiral arms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Train and watch the decision regions. Then drag a ReLU from the palette between the two Linear blocks (or open Presets &gt; Spiral: Linear, ReLU, Linear) and train again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without ReLU the regions are always cut by straight lines and the test accuracy stays below 60%. With ReLU the boundaries bend around the arms and it passes 95%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two Linear layers in a row have 100 hidden units, so why can they not do better than one? What does the ReLU change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. An MLP reads handwritten digits (784-512-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classic first network for MNIST: flatten the 28x28 image, one hidden layer of 512 ReLU units, 10 outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train for a few epochs, then draw digits in the Predict panel. Look at the Evaluation panel&apos;s confusion matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss falls fast in the first epoch; the accuracy ends near 98%. Note the warning on the Softmax block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which digits does it confuse, and why those? Why does the Softmax at the end earn a warning?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Two hidden layers with Kaiming initialisation (784-200-200-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deeper MLP trained with plain SGD, its weights started with Kaiming (He) initialisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train it. Then set the initialisation to default in the Training panel and train again: compare the two runs&apos; curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Kaiming the loss starts falling at once; the first epochs show the difference most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the scale of the starting weights matter more as the network gets deeper?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. LeNet-5: convolutions see shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeCun&apos;s 1998 network: two convolution and pooling stages, then three Linear layers, with sigmoids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train it and watch the first layer&apos;s filters in the plots. Compare its parameter count with lesson 2&apos;s MLP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far fewer parameters than the MLP, and as accurate or better: each filter is reused across the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does a 5x5 filter look for? Why does sharing it across the image help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. A modern small CNN: ReLU, MaxPool, Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3x3 convolutions with ReLU and max pooling, with dropout to keep it from memorising.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train it, then remove the Dropout blocks and train again. Compare the training and validation accuracy of both runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With dropout the training accuracy is a little lower but the validation accuracy holds up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why would switching off random units during training make the network better on new images?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Overfitting: few samples, a big network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MLP from lesson 2 trained on only 500 images for 30 epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train and watch the gap between the training and the validation accuracy. Then try the cures one at a time: a Dropout block after the ReLU, weight decay (L2) in the Training panel, early stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training accuracy climbs to 100% while validation accuracy stalls far below it: the network memorises the 500 images instead of learning digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which cure closes the gap most? What else would help that is not a setting in the app?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Activation functions and their gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Activation explorer (Explore menu) draws every activation in the catalog with its derivative, computed by torch.autograd. Shaded stretches are saturated: there the gradient is under 0.01, so almost nothing flows back through the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Sigmoid, Tanh and ReLU. Give LeakyReLU a slope of 0.1 and ELU an alpha of 2 and watch the left side of their derivatives. On the Softmax tab, move the three logits (2, 1, 0.1) and the temperature, and read the gradient of p1 from the first row of the Jacobian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid&apos;s derivative is never more than 0.25 and is shaded beyond about |x| = 4.6; ReLU&apos;s is exactly 0 or 1. The Jacobian&apos;s diagonal is positive and every other entry negative: raising one logit lowers all the other probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six Sigmoid layers multiply six derivatives of at most 0.25: how much of the gradient can reach the first layer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. Optimizers: Adam on the Himmelblau function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Optimizer playground (Explore menu) races real torch.optim optimizers on a 2-D function. Himmelblau&apos;s function has four minima, one of them at (3, 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the map at (0, 0) to start there, then Run SGD, momentum and Adam. Change their learning rates and start points. In a terminal the same race runs headless: netbuilder optimize himmelblau --optimizer adam --lr 0.001 --steps 20000 --start 0 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD creeps along the valley floor, momentum overshoots and swings back, Adam takes nearly equal-sized steps in every direction and reaches (3, 2) from (0, 0). Too large a learning rate makes any of them jump between minima or diverge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which minimum does each optimizer find from a start of your choice, and why can they differ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9. Vanishing gradients: a deep Sigmoid network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six Linear(128)+Sigmoid layers. The gradient-flow plot shows each Linear layer&apos;s gradient norm while the network trains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train for a few epochs and watch the gradient-flow plot. Then open examples/deep_relu.json (the same network with ReLU) and train it with the same settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Sigmoid the first Linear layer&apos;s gradient is thousands of times smaller than the last one&apos;s, so the early layers barely learn and the accuracy rises slowly. With ReLU the first layer&apos;s gradient stays comparable to the last one&apos;s (more than a twentieth of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does replacing Sigmoid with ReLU keep the gradient alive, and what else (initialisation, normalisation) would help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10. The training doctor: why is it not learning?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MLP from lesson 3 with a far too large learning rate (5). While training, the doctor watches the loss, the gradients and the units, and says in the Problems list what is wrong, which layer it concerns and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train and read the Problems list. Click the suggested fix and train again. Then make other faults on purpose: a learning rate of 0.000001, Sigmoid instead of ReLU, or very few samples for many epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With learning rate 5 the first steps are so big that the ReLU units die and the accuracy sticks at 10%: the doctor names the layers with dead ReLUs, says the predictions collapsed onto one class and offers one click to lower the learning rate to 0.5. A healthy run shows no diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each diagnosis, what would you have looked at to find the problem without the doctor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11. k-fold cross-validation: how sure is a score?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 784-200-200-10 MLP (with Adam, to be quick) trained five times on 2,000 images: each time a different fifth is held out and scored, the other four fifths train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train once: five runs appear in the Runs table, one per fold, each with its validation accuracy, and the Training panel shows their mean ± standard deviation. Then change one thing (the learning rate, a Dropout block) and train again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folds disagree by a point or two. A change that moves the mean by less than that spread has not been shown to help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the mean over five folds a better guide than one train/validation split of the same 2,000 images? What does it cost?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
