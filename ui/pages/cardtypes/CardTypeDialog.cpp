// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardTypeDialog.h"

#include "UiContext.h"
#include "cards/CardService.h"
#include "models/Labels.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
constexpr int kMinNumberLength = 8;
constexpr int kMaxNumberLength = 19;
constexpr int kMaxPrefixDigits = 10;
} // namespace

CardTypeDialog::CardTypeDialog(UiContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("New Card Type"));
    build();
    load(m_type);
}

CardTypeDialog::CardTypeDialog(UiContext &context, const Core::CardType &type, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_type(type)
{
    //: Window title; %1 is the card type's name
    setWindowTitle(tr("Edit Card Type — %1").arg(type.name));
    build();
    load(type);
}

std::optional<Core::CardType> CardTypeDialog::createCardType(UiContext &context, QWidget *parent)
{
    CardTypeDialog dialog(context, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.savedType();
}

std::optional<Core::CardType>
CardTypeDialog::editCardType(UiContext &context, const Core::CardType &type, QWidget *parent)
{
    CardTypeDialog dialog(context, type, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.savedType();
}

void CardTypeDialog::build()
{
    m_errors = new FieldErrors(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (Core::CardKind k : Labels::cardKinds())
        m_kind->addItem(Labels::cardKind(k), Core::cardKindKey(k));
    m_prefix = new DigitLineEdit(this);
    m_prefix->setObjectName(QStringLiteral("prefix"));
    m_prefix->setMaxDigits(kMaxPrefixDigits);
    m_prefix->setPlaceholderText(QStringLiteral("6280"));
    m_length = new QSpinBox(this);
    m_length->setObjectName(QStringLiteral("numberLength"));
    m_length->setRange(kMinNumberLength, kMaxNumberLength);
    //: Suffix of the card number length, e.g. "16 digits"
    m_length->setSuffix(tr(" digits"));
    m_validity = new QSpinBox(this);
    m_validity->setObjectName(QStringLiteral("validityMonths"));
    m_validity->setRange(0, 240);
    //: Validity of 0 months: the card never expires
    m_validity->setSpecialValueText(tr("Never expires"));
    //: Suffix of the validity in months, e.g. "24 months"
    m_validity->setSuffix(tr(" months"));
    m_maxPerMember = new QSpinBox(this);
    m_maxPerMember->setObjectName(QStringLiteral("maxPerMember"));
    m_maxPerMember->setRange(0, 99);
    //: Cards of this type one member may hold: 0 means no limit
    m_maxPerMember->setSpecialValueText(tr("No limit"));
    m_pinRequired = new QCheckBox(tr("Cards need a &PIN"), this);
    m_pinRequired->setObjectName(QStringLiteral("pinRequired"));
    m_trackStock = new QCheckBox(tr("Issue only from &blank card stock"), this);
    m_trackStock->setObjectName(QStringLiteral("trackStock"));
    m_active = new QCheckBox(tr("A&ctive: new cards of this type can be issued"), this);
    m_active->setObjectName(QStringLiteral("active"));

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&Name:"), m_name, QStringLiteral("name"));
    m_errors->addRow(form, tr("&Kind:"), m_kind, QStringLiteral("kind"));
    m_errors->addRow(form, tr("Number p&refix:"), m_prefix, QStringLiteral("prefix"));
    m_errors->addRow(form, tr("Number &length:"), m_length, QStringLiteral("numberLength"));
    m_errors->addRow(form, tr("&Validity:"), m_validity, QStringLiteral("validityMonths"));
    m_errors->addRow(form, tr("Cards per &member:"), m_maxPerMember, QStringLiteral("maxPerMember"));
    m_errors->addRow(form, QString(), m_pinRequired, QStringLiteral("pinRequired"));
    m_errors->addRow(form, QString(), m_trackStock, QStringLiteral("trackStock"));
    m_errors->addRow(form, QString(), m_active, QStringLiteral("active"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CardTypeDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &CardTypeDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_name->setFocus();
}

void CardTypeDialog::load(const Core::CardType &type)
{
    m_name->setText(type.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(Core::cardKindKey(type.kind))));
    m_prefix->setText(type.prefix);
    m_length->setValue(type.numberLength);
    m_validity->setValue(type.validityMonths);
    m_pinRequired->setChecked(type.pinRequired);
    m_maxPerMember->setValue(type.maxPerMember);
    m_trackStock->setChecked(type.trackStock);
    m_active->setChecked(type.active);
}

Core::CardType CardTypeDialog::draft() const
{
    Core::CardType t = m_type;
    t.name = m_name->text().trimmed();
    t.kind = Core::cardKindFromKey(m_kind->currentData().toString()).value_or(Core::CardKind::Loyalty);
    t.prefix = m_prefix->latinText();
    t.numberLength = m_length->value();
    t.validityMonths = m_validity->value();
    t.pinRequired = m_pinRequired->isChecked();
    t.maxPerMember = m_maxPerMember->value();
    t.trackStock = m_trackStock->isChecked();
    t.active = m_active->isChecked();
    return t;
}

bool CardTypeDialog::save()
{
    m_errors->clear();
    const Core::CardType d = draft();
    Core::CardService &cards = m_context.cards();
    if (isNew()) {
        Core::Result<Core::CardType> created = cards.createCardType(m_context.actor(), d);
        if (!created) {
            m_errors->report(created.error());
            return false;
        }
        m_saved = *created;
    } else {
        const Core::Status updated = cards.updateCardType(m_context.actor(), d);
        if (!updated) {
            m_errors->report(updated.error());
            return false;
        }
        m_saved = d;
    }
    accept();
    return true;
}

} // namespace Club::Ui
