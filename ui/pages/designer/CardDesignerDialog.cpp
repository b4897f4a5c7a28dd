// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardDesignerDialog.h"

#include "CardPreview.h"
#include "CardPrinting.h"
#include "Format.h"
#include "UiContext.h"
#include "auth/AuthService.h"
#include "cards/CardService.h"
#include "members/MemberService.h"
#include "templates/CardTemplateService.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/MessageBox.h"

#include <QBuffer>
#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Club::Ui {

using Devices::CardElement;
using Devices::CardLayout;
using Devices::CardSide;
using Devices::CardSideLayout;
using Kind = CardElement::Kind;

namespace {
QDoubleSpinBox *mmSpin(QWidget *parent, const char *name, qreal max)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(-max, 2 * max);
    spin->setDecimals(1);
    spin->setSingleStep(0.5);
    //: Unit after a length in millimetres
    spin->setSuffix(CardDesignerDialog::tr(" mm"));
    return spin;
}

void setSwatch(QPushButton *button, const QColor &color)
{
    QPixmap swatch(16, 16);
    swatch.fill(color);
    button->setIcon(QIcon(swatch));
    // "#FFFFFF" reads left to right inside a right-to-left form too.
    button->setText(Format::ltr(color.name(QColor::HexRgb).toUpper()));
}

// Logos go into the design as PNG, so the design file carries everything it prints.
QByteArray readImageAsPng(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}
} // namespace

CardDesignerDialog::CardDesignerDialog(UiContext &context, const Core::CardType &type, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_type(type)
{
    setObjectName(QStringLiteral("cardDesigner"));
    //: Window title; %1 is the card type's name
    setWindowTitle(tr("Card Design: %1").arg(type.name));
    buildUi();
    load();
}

void CardDesignerDialog::design(UiContext &context, const Core::CardType &type, QWidget *parent)
{
    CardDesignerDialog dialog(context, type, parent);
    dialog.exec();
}

void CardDesignerDialog::buildUi()
{
    m_sides = new QTabBar(this);
    m_sides->setObjectName(QStringLiteral("sides"));
    //: The printed side of a plastic card
    m_sides->addTab(tr("Front"));
    //: The printed side of a plastic card
    m_sides->addTab(tr("Back"));
    m_preview = new CardPreview(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_issues = new QLabel(this);
    m_issues->setObjectName(QStringLiteral("issues"));
    m_issues->setWordWrap(true);
    m_issues->setAlignment(Qt::AlignLeading | Qt::AlignTop);

    m_sampleCard = new QLineEdit(this);
    m_sampleCard->setObjectName(QStringLiteral("sampleCard"));
    m_sampleCard->setPlaceholderText(tr("Card number"));
    m_sampleCard->setLayoutDirection(Qt::LeftToRight);
    auto *showCard = new QPushButton(tr("Sho&w"), this);
    showCard->setObjectName(QStringLiteral("showCard"));
    m_sampleStatus = new QLabel(this);
    m_sampleStatus->setObjectName(QStringLiteral("sampleStatus"));
    m_sampleStatus->setWordWrap(true);
    auto *sampleRow = new QHBoxLayout;
    auto *sampleLabel = new QLabel(tr("Preview with &card:"), this);
    sampleLabel->setBuddy(m_sampleCard);
    sampleRow->addWidget(sampleLabel);
    sampleRow->addWidget(m_sampleCard, 1);
    sampleRow->addWidget(showCard);

    auto *left = new QVBoxLayout;
    left->addWidget(m_sides);
    left->addWidget(m_preview, 1);
    left->addWidget(m_issues);
    left->addLayout(sampleRow);
    left->addWidget(m_sampleStatus);

    // Elements of the side, in drawing order (the last is on top).
    m_elements = new QListWidget(this);
    m_elements->setObjectName(QStringLiteral("elements"));
    m_add = new QToolButton(this);
    m_add->setObjectName(QStringLiteral("addElement"));
    m_add->setText(tr("&Add"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *addMenu = new QMenu(m_add);
    addMenu->addAction(tr("Text"), this, [this] { addElement(Kind::Text, CardElement::Symbology::Code128); });
    addMenu->addAction(tr("Image or logo"), this, [this] { addElement(Kind::Image, CardElement::Symbology::Code128); });
    addMenu->addAction(tr("Barcode"), this, [this] { addElement(Kind::Barcode, CardElement::Symbology::Code128); });
    addMenu->addAction(tr("QR code"), this, [this] { addElement(Kind::Barcode, CardElement::Symbology::Qr); });
    addMenu->addAction(tr("Rectangle"), this, [this] { addElement(Kind::Rectangle, CardElement::Symbology::Code128); });
    m_add->setMenu(addMenu);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeElement"));
    m_remove->setToolTip(tr("Remove the selected element (Delete)"));
    //: Moves an element above the others in the drawing order
    m_up = new QPushButton(tr("Bring &Forward"), this);
    m_up->setObjectName(QStringLiteral("moveUp"));
    //: Moves an element below the others in the drawing order
    m_down = new QPushButton(tr("Send Bac&kward"), this);
    m_down->setObjectName(QStringLiteral("moveDown"));
    auto *listButtons = new QGridLayout;
    listButtons->addWidget(m_add, 0, 0);
    listButtons->addWidget(m_remove, 0, 1);
    listButtons->addWidget(m_up, 1, 0);
    listButtons->addWidget(m_down, 1, 1);

    auto *elementBox = new QGroupBox(tr("Selected element"), this);
    m_form = new QFormLayout(elementBox);
    m_x = mmSpin(this, "x", CardLayout::WidthMm);
    m_y = mmSpin(this, "y", CardLayout::HeightMm);
    m_w = mmSpin(this, "width", CardLayout::WidthMm);
    m_h = mmSpin(this, "height", CardLayout::HeightMm);
    m_w->setMinimum(0);
    m_h->setMinimum(0);
    m_binding = new QComboBox(this);
    m_binding->setObjectName(QStringLiteral("binding"));
    //: What a card element shows: the text typed below instead of a member's data
    m_binding->addItem(tr("Fixed text"), QString());
    for (const QString &field : CardLayout::standardFields())
        m_binding->addItem(fieldLabel(field), field);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("text"));
    m_fontSize = new QDoubleSpinBox(this);
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_fontSize->setRange(4, 48);
    m_fontSize->setDecimals(1);
    //: Unit after a font size in points
    m_fontSize->setSuffix(tr(" pt"));
    m_bold = new QCheckBox(tr("&Bold"), this);
    m_bold->setObjectName(QStringLiteral("bold"));
    m_alignment = new QComboBox(this);
    m_alignment->setObjectName(QStringLiteral("alignment"));
    //: Text alignment: at the start of the line (right in Persian, left in English)
    m_alignment->addItem(tr("Start of line"), int(CardElement::Alignment::Leading));
    m_alignment->addItem(tr("Centre"), int(CardElement::Alignment::Center));
    //: Text alignment: at the end of the line
    m_alignment->addItem(tr("End of line"), int(CardElement::Alignment::Trailing));
    m_color = new QPushButton(this);
    m_color->setObjectName(QStringLiteral("color"));
    m_symbology = new QComboBox(this);
    m_symbology->setObjectName(QStringLiteral("symbology"));
    m_symbology->addItem(tr("Code 128 barcode"), int(CardElement::Symbology::Code128));
    m_symbology->addItem(tr("QR code"), int(CardElement::Symbology::Qr));
    m_image = new QPushButton(tr("Choose &Image…"), this);
    m_image->setObjectName(QStringLiteral("chooseImage"));
    m_form->addRow(tr("&Left edge:"), m_x);
    m_form->addRow(tr("&Top edge:"), m_y);
    m_form->addRow(tr("&Width:"), m_w);
    m_form->addRow(tr("&Height:"), m_h);
    m_form->addRow(tr("&Shows:"), m_binding);
    m_form->addRow(tr("&Text:"), m_text);
    m_form->addRow(tr("Font si&ze:"), m_fontSize);
    m_form->addRow(QString(), m_bold);
    m_form->addRow(tr("Ali&gnment:"), m_alignment);
    m_form->addRow(tr("C&olour:"), m_color);
    m_form->addRow(tr("Barcode t&ype:"), m_symbology);
    m_form->addRow(tr("Ima&ge:"), m_image);

    auto *sideBox = new QGroupBox(tr("Card side"), this);
    auto *sideForm = new QFormLayout(sideBox);
    m_background = new QPushButton(this);
    m_background->setObjectName(QStringLiteral("backgroundColor"));
    m_backgroundImage = new QPushButton(tr("Choose…"), this);
    m_backgroundImage->setObjectName(QStringLiteral("backgroundImage"));
    m_clearBackgroundImage = new QPushButton(tr("No Image"), this);
    m_clearBackgroundImage->setObjectName(QStringLiteral("clearBackgroundImage"));
    auto *imageRow = new QHBoxLayout;
    imageRow->addWidget(m_backgroundImage);
    imageRow->addWidget(m_clearBackgroundImage);
    sideForm->addRow(tr("Background co&lour:"), m_background);
    sideForm->addRow(tr("Background image:"), imageRow);

    auto *right = new QVBoxLayout;
    right->addWidget(m_elements, 1);
    right->addLayout(listButtons);
    right->addWidget(elementBox);
    right->addWidget(sideBox);

    auto *buttons = new QDialogButtonBox(this);
    auto *saveButton = buttons->addButton(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("save"));
    saveButton->setToolTip(tr("Save the design (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    auto *preview = buttons->addButton(tr("&Preview Print…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(QStringLiteral("previewPrint"));
    auto *pdf = buttons->addButton(tr("Print to P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("printToPdf"));
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("close"));
    saveButton->setAutoDefault(false);
    preview->setAutoDefault(false);
    pdf->setAutoDefault(false);
    close->setAutoDefault(false);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    const QList<QWidget *> tabOrder{m_sides, m_elements, m_add, m_remove, m_up, m_down, m_x, m_y, m_w, m_h, m_binding, m_text,
                 m_fontSize, m_bold, m_alignment, m_color, m_symbology, m_image, m_background, m_backgroundImage,
                                    m_clearBackgroundImage, m_sampleCard, showCard, saveButton, preview, pdf, close};
    for (int i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    connect(m_sides, &QTabBar::currentChanged, this, [this] {
        refreshList(m_layout.side(side()).elements.isEmpty() ? -1 : 0);
        refreshPreview();
        refreshForm();
    });
    connect(m_elements, &QListWidget::currentRowChanged, this, [this](int row) {
        m_preview->setSelected(row);
        refreshForm();
    });
    connect(m_preview, &CardPreview::elementClicked, this, [this](int index) {
        m_elements->setCurrentRow(index);
        m_elements->setFocus();
    });
    connect(m_preview, &CardPreview::elementDragged, this, [this](int index, const QPointF &topLeft) {
        QList<CardElement> &elements = m_layout.side(side()).elements;
        if (index < 0 || index >= elements.size() || elements[index].rectMm.topLeft() == topLeft)
            return;
        elements[index].rectMm.moveTopLeft(topLeft);
        markModified();
        refreshForm();
    });
    connect(m_remove, &QPushButton::clicked, this, &CardDesignerDialog::removeElement);
    connect(m_up, &QPushButton::clicked, this, [this] { moveElement(+1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveElement(-1); });
    auto *del = new QShortcut(QKeySequence::Delete, m_elements, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &CardDesignerDialog::removeElement);
    // On the button itself: a second Ctrl+S shortcut in the window would make both ambiguous.
    saveButton->setShortcut(QKeySequence::Save);

    for (QDoubleSpinBox *spin : {m_x, m_y, m_w, m_h, m_fontSize})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &CardDesignerDialog::applyForm);
    connect(m_binding, &QComboBox::currentIndexChanged, this, &CardDesignerDialog::applyForm);
    connect(m_text, &QLineEdit::textEdited, this, &CardDesignerDialog::applyForm);
    connect(m_bold, &QCheckBox::toggled, this, &CardDesignerDialog::applyForm);
    connect(m_alignment, &QComboBox::currentIndexChanged, this, &CardDesignerDialog::applyForm);
    connect(m_symbology, &QComboBox::currentIndexChanged, this, &CardDesignerDialog::applyForm);
    connect(m_color, &QPushButton::clicked, this, &CardDesignerDialog::chooseColor);
    connect(m_image, &QPushButton::clicked, this, &CardDesignerDialog::chooseImage);
    connect(m_background, &QPushButton::clicked, this, &CardDesignerDialog::chooseBackgroundColor);
    connect(m_backgroundImage, &QPushButton::clicked, this, &CardDesignerDialog::chooseBackgroundImage);
    connect(m_clearBackgroundImage, &QPushButton::clicked, this, [this] {
        m_layout.side(side()).backgroundImage.clear();
        markModified();
        refreshForm();
    });
    connect(showCard, &QPushButton::clicked, this, &CardDesignerDialog::showWithCard);
    connect(m_sampleCard, &QLineEdit::returnPressed, this, &CardDesignerDialog::showWithCard);
    connect(saveButton, &QPushButton::clicked, this, &CardDesignerDialog::save);
    connect(preview, &QPushButton::clicked, this, &CardDesignerDialog::previewPrint);
    connect(pdf, &QPushButton::clicked, this, &CardDesignerDialog::printToPdf);
    connect(close, &QPushButton::clicked, this, &CardDesignerDialog::reject);
}

void CardDesignerDialog::load()
{
    Core::Result<std::optional<Core::CardTemplate>> saved = m_context.templates().templateFor(m_context.actor(), m_type.id);
    if (!saved)
        showError(this, saved.error());
    QByteArray json;
    if (saved && saved->has_value())
        json = (*saved)->json;
    if (!json.isEmpty() && !CardLayout::fromJson(json))
        m_issues->setText(tr("The saved design could not be read; the standard design is shown instead."));
    m_layout = layoutOrDefault(json);
    m_layout.normalizeOrder(CardSide::Front);
    m_layout.normalizeOrder(CardSide::Back);
    m_fields = sampleFields();
    m_modified = false;
    refreshList(m_layout.front.elements.isEmpty() ? -1 : 0);
    refreshPreview();
    refreshForm();
}

CardSide CardDesignerDialog::side() const
{
    return m_sides->currentIndex() == 1 ? CardSide::Back : CardSide::Front;
}

CardElement *CardDesignerDialog::current()
{
    QList<CardElement> &elements = m_layout.side(side()).elements;
    const int row = m_elements->currentRow();
    return row >= 0 && row < elements.size() ? &elements[row] : nullptr;
}

QString CardDesignerDialog::fieldLabel(const QString &field) const
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("member.name"), QT_TR_NOOP("Member's name")},
        {QStringLiteral("member.number"), QT_TR_NOOP("Member number")},
        {QStringLiteral("member.mobile"), QT_TR_NOOP("Mobile number")},
        {QStringLiteral("card.number"), QT_TR_NOOP("Card number")},
        {QStringLiteral("card.expiry"), QT_TR_NOOP("Expiry date")},
        {QStringLiteral("card.type"), QT_TR_NOOP("Card type")},
        {QStringLiteral("club.name"), QT_TR_NOOP("Store name")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

QString CardDesignerDialog::elementName(const CardElement &e) const
{
    const QString field = CardLayout::bindingName(e.content);
    const QString what = field.isEmpty() ? e.content.simplified() : fieldLabel(field);
    switch (e.kind) {
    case Kind::Text:
        //: An element in the card designer's list; %1 is what it shows
        return tr("Text: %1").arg(what);
    case Kind::Image:
        return e.imageData.isEmpty() && !field.isEmpty() ? tr("Image: %1").arg(what) : tr("Image");
    case Kind::Barcode:
        return e.symbology == CardElement::Symbology::Qr ? tr("QR code: %1").arg(what) : tr("Barcode: %1").arg(what);
    case Kind::Rectangle:
        return tr("Rectangle");
    }
    return {};
}

void CardDesignerDialog::refreshList(int select)
{
    m_updating = true;
    m_elements->clear();
    for (const CardElement &e : m_layout.side(side()).elements)
        m_elements->addItem(elementName(e));
    m_updating = false;
    m_elements->setCurrentRow(select);
    m_preview->setSelected(select);
}

void CardDesignerDialog::refreshPreview()
{
    m_preview->display(m_layout, side(), m_fields);
    refreshIssues();
}

void CardDesignerDialog::refreshIssues()
{
    QStringList lines;
    for (const Devices::LayoutIssue &issue : m_layout.validate()) {
        const QList<CardElement> &elements = m_layout.side(issue.side).elements;
        const QString name = issue.elementIndex >= 0 && issue.elementIndex < elements.size()
                                 ? elementName(elements.at(issue.elementIndex))
                                 : QString();
        const bool front = issue.side == CardSide::Front;
        switch (issue.kind) {
        case Devices::LayoutIssue::Kind::OverlapsKeepOut:
            lines << (front ? tr("Front, “%1”: lies on the magnetic stripe or an area kept clear.").arg(name)
                            : tr("Back, “%1”: lies on the magnetic stripe or an area kept clear.").arg(name));
            break;
        case Devices::LayoutIssue::Kind::OutsideCard:
            lines << (front ? tr("Front, “%1”: goes past the edge of the card.").arg(name)
                            : tr("Back, “%1”: goes past the edge of the card.").arg(name));
            break;
        case Devices::LayoutIssue::Kind::EmptyGeometry:
            lines << (front ? tr("Front, “%1”: has no width or height.").arg(name)
                            : tr("Back, “%1”: has no width or height.").arg(name));
            break;
        }
    }
    m_issues->setText(lines.isEmpty() ? tr("No problems found: the design prints as shown.") : lines.join(QLatin1Char('\n')));
    m_issues->setStyleSheet(lines.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
}

void CardDesignerDialog::refreshForm()
{
    m_updating = true;
    const CardSideLayout &sideLayout = m_layout.side(side());
    setSwatch(m_background, sideLayout.backgroundColor);
    m_clearBackgroundImage->setEnabled(!sideLayout.backgroundImage.isEmpty());

    const CardElement *e = current();
    const bool any = e != nullptr;
    m_remove->setEnabled(any);
    m_up->setEnabled(any && m_elements->currentRow() < m_elements->count() - 1);
    m_down->setEnabled(any && m_elements->currentRow() > 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_x, m_y, m_w, m_h})
        w->setEnabled(any);
    const Kind kind = any ? e->kind : Kind::Rectangle;
    m_form->setRowVisible(m_binding, any && kind != Kind::Rectangle);
    m_form->setRowVisible(m_text, any && (kind == Kind::Text || kind == Kind::Barcode));
    m_form->setRowVisible(m_fontSize, any && kind == Kind::Text);
    m_form->setRowVisible(m_bold, any && kind == Kind::Text);
    m_form->setRowVisible(m_alignment, any && kind == Kind::Text);
    m_form->setRowVisible(m_color, any && (kind == Kind::Text || kind == Kind::Rectangle));
    m_form->setRowVisible(m_symbology, any && kind == Kind::Barcode);
    m_form->setRowVisible(m_image, any && kind == Kind::Image);
    if (any) {
        m_x->setValue(e->rectMm.x());
        m_y->setValue(e->rectMm.y());
        m_w->setValue(e->rectMm.width());
        m_h->setValue(e->rectMm.height());
        const QString field = CardLayout::bindingName(e->content);
        const int fieldIndex = field.isEmpty() ? -1 : m_binding->findData(field);
        m_binding->setCurrentIndex(fieldIndex < 0 ? 0 : fieldIndex);
        m_text->setText(fieldIndex < 0 ? e->content : QString());
        m_text->setEnabled(fieldIndex < 0);
        m_fontSize->setValue(e->fontSizePt);
        m_bold->setChecked(e->bold);
        m_alignment->setCurrentIndex(m_alignment->findData(int(e->alignment)));
        setSwatch(m_color, e->color);
        m_symbology->setCurrentIndex(m_symbology->findData(int(e->symbology)));
    }
    m_updating = false;
}

void CardDesignerDialog::markModified()
{
    m_modified = true;
    refreshPreview();
}

void CardDesignerDialog::applyForm()
{
    CardElement *e = current();
    if (m_updating || !e)
        return;
    e->rectMm = QRectF(m_x->value(), m_y->value(), m_w->value(), m_h->value());
    const QString field = m_binding->currentData().toString();
    if (!field.isEmpty())
        e->content = QLatin1Char('{') + field + QLatin1Char('}');
    else if (m_text->isEnabled())
        e->content = m_text->text();
    else
        e->content.clear(); // "Fixed text" just chosen: the operator types it next
    m_text->setEnabled(field.isEmpty());
    if (!field.isEmpty())
        m_text->clear();
    e->fontSizePt = m_fontSize->value();
    e->bold = m_bold->isChecked();
    e->alignment = CardElement::Alignment(m_alignment->currentData().toInt());
    e->symbology = CardElement::Symbology(m_symbology->currentData().toInt());
    if (QListWidgetItem *item = m_elements->currentItem())
        item->setText(elementName(*e));
    markModified();
}

void CardDesignerDialog::addElement(Kind kind, CardElement::Symbology symbology)
{
    const QString content = kind == Kind::Text      ? tr("Text")
                            : kind == Kind::Barcode ? QStringLiteral("{card.number}")
                                                    : QString();
    CardSideLayout &sideLayout = m_layout.side(side());
    CardElement e = CardLayout::newElement(kind, content, symbology);
    e.z = sideLayout.elements.size();
    sideLayout.elements.append(e);
    refreshList(sideLayout.elements.size() - 1);
    markModified();
    refreshForm();
    if (kind == Kind::Image)
        chooseImage();
}

void CardDesignerDialog::removeElement()
{
    const int row = m_elements->currentRow();
    QList<CardElement> &elements = m_layout.side(side()).elements;
    if (row < 0 || row >= elements.size())
        return;
    elements.removeAt(row);
    m_layout.normalizeOrder(side());
    refreshList(qMin(row, int(elements.size()) - 1));
    markModified();
    refreshForm();
}

void CardDesignerDialog::moveElement(int step)
{
    const int to = m_layout.moveElement(side(), m_elements->currentRow(), step);
    if (to < 0)
        return;
    refreshList(to);
    markModified();
    refreshForm();
}

void CardDesignerDialog::chooseColor()
{
    CardElement *e = current();
    if (!e)
        return;
    const QColor color = QColorDialog::getColor(e->color, this, tr("Colour"));
    if (!color.isValid())
        return;
    e->color = color;
    markModified();
    refreshForm();
}

void CardDesignerDialog::chooseImage()
{
    CardElement *e = current();
    if (!e || e->kind != Kind::Image)
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose Image"), {}, tr("Images (*.png *.jpg *.jpeg *.bmp *.svg)"));
    if (path.isEmpty())
        return;
    const QByteArray png = readImageAsPng(path);
    if (png.isEmpty()) {
        MessageBox::warning(this, tr("Choose Image"), tr("This file is not an image the program can read."));
        return;
    }
    e->imageData = png;
    e->content.clear();
    if (QListWidgetItem *item = m_elements->currentItem())
        item->setText(elementName(*e));
    markModified();
}

void CardDesignerDialog::chooseBackgroundColor()
{
    CardSideLayout &sideLayout = m_layout.side(side());
    const QColor color = QColorDialog::getColor(sideLayout.backgroundColor, this, tr("Background Colour"));
    if (!color.isValid())
        return;
    sideLayout.backgroundColor = color;
    markModified();
    refreshForm();
}

void CardDesignerDialog::chooseBackgroundImage()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose Background Image"), {},
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp *.svg)"));
    if (path.isEmpty())
        return;
    const QByteArray png = readImageAsPng(path);
    if (png.isEmpty()) {
        MessageBox::warning(this, tr("Choose Image"), tr("This file is not an image the program can read."));
        return;
    }
    m_layout.side(side()).backgroundImage = png;
    markModified();
    refreshForm();
}

Devices::CardFields CardDesignerDialog::sampleFields() const
{
    Core::Card card;
    card.number = QStringLiteral("6280000000000000");
    card.cardTypeName = m_type.name;
    card.expiresOn = QDate::currentDate().addMonths(m_type.validityMonths > 0 ? m_type.validityMonths : 24);
    Core::Member member;
    member.id = 1001;
    //: A sample member's first name in the card designer's preview
    member.firstName = tr("Sara");
    //: A sample member's last name in the card designer's preview
    member.lastName = tr("Ahmadi");
    member.mobile = QStringLiteral("+989121234567");
    const Core::Result<QString> store = m_context.auth().setting(QStringLiteral("store.name"));
    return cardFields(card, member, store ? *store : QString());
}

void CardDesignerDialog::showWithCard()
{
    const QString number = m_sampleCard->text().trimmed();
    if (number.isEmpty()) {
        m_fields = sampleFields();
        m_sampleStatus->clear();
        refreshPreview();
        return;
    }
    Core::Result<Core::Card> card = m_context.cards().findByNumber(m_context.actor(), number);
    if (!card) {
        m_sampleStatus->setText(card.error().message);
        return;
    }
    Core::Result<Core::Member> member = m_context.members().member(m_context.actor(), card->memberId);
    if (!member) {
        m_sampleStatus->setText(member.error().message);
        return;
    }
    const Core::Result<QString> store = m_context.auth().setting(QStringLiteral("store.name"));
    m_fields = cardFields(*card, *member, store ? *store : QString());
    //: %1 is the member's name
    m_sampleStatus->setText(tr("Showing the card of %1.").arg(member->fullName()));
    refreshPreview();
}

bool CardDesignerDialog::save()
{
    Core::Result<Core::CardTemplate> saved = m_context.templates().save(m_context.actor(), m_type.id, m_layout.toJson());
    if (!saved) {
        showError(this, saved.error());
        return false;
    }
    m_modified = false;
    m_sampleStatus->setText(tr("The design is saved."));
    return true;
}

void CardDesignerDialog::previewPrint()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(Devices::CardPrintJob::pageLayout());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Preview Print"));
    const QList<CardToPrint> cards{{m_layout.toJson(), m_fields, {}}};
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [cards](QPrinter *p) { cardPrintJob(cards, false).print(*p); });
    dialog.exec();
}

bool CardDesignerDialog::printToPdf()
{
    QString path = m_nextPdfPath;
    m_nextPdfPath.clear();
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Print to PDF"), m_type.name + QStringLiteral(".pdf"),
                                            tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    return printCardsToPdf(this, {{m_layout.toJson(), m_fields, {}}}, path);
}

void CardDesignerDialog::reject()
{
    if (m_modified) {
        const MessageBox::Button answer =
            MessageBox::question(this, tr("Card Design"), tr("Save the changes to this design before closing?"),
                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !save())
            return;
    }
    QDialog::reject();
}

} // namespace Club::Ui
