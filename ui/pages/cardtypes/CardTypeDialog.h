// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/Card.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Club::Ui {

class DigitLineEdit;
class FieldErrors;
class UiContext;

// Creates or edits a card type: name, kind, number prefix and length, validity, PIN,
// cards per member, stock tracking, active. Errors from CardService show under their
// field.
class CardTypeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CardTypeDialog(UiContext &context, QWidget *parent = nullptr);
    CardTypeDialog(UiContext &context, const Core::CardType &type, QWidget *parent = nullptr);

    static std::optional<Core::CardType> createCardType(UiContext &context, QWidget *parent);
    static std::optional<Core::CardType> editCardType(UiContext &context, const Core::CardType &type, QWidget *parent);

    bool isNew() const { return m_type.id == Core::kNoId; }
    Core::CardType draft() const;
    const std::optional<Core::CardType> &savedType() const { return m_saved; }
    FieldErrors &fieldErrors() const { return *m_errors; }

public Q_SLOTS:
    bool save();

private:
    void build();
    void load(const Core::CardType &type);

    UiContext &m_context;
    Core::CardType m_type;
    std::optional<Core::CardType> m_saved;
    FieldErrors *m_errors = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    DigitLineEdit *m_prefix = nullptr;
    QSpinBox *m_length = nullptr;
    QSpinBox *m_validity = nullptr;
    QCheckBox *m_pinRequired = nullptr;
    QSpinBox *m_maxPerMember = nullptr;
    QCheckBox *m_trackStock = nullptr;
    QCheckBox *m_active = nullptr;
};

} // namespace Club::Ui
