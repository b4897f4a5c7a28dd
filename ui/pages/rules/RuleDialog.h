// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/Rule.h"
#include "util/Result.h"

#include <QDialog>
#include <QTimeZone>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QListWidget;
class QTableWidget;
class QTimeEdit;

namespace Club::Ui {

class DateEdit;
class DigitLineEdit;
class FieldErrors;
class UiContext;

// Creates a rule, or a new version of one from a chosen day. The fields follow the family
// and kind: points and the amount that earns them, the product, group, card type or tier
// aimed at, a percentage (kept as basis points), a fixed amount, both for a hybrid; when
// (days, weekdays Saturday first, hours, campaign) on a second tab, limits (tier
// multipliers, caps, priority, exclusive) on a third. The service's validation message
// shows under the field it names.
class RuleDialog : public QDialog
{
    Q_OBJECT

public:
    RuleDialog(UiContext &context, QWidget *parent = nullptr);
    // A new version of `current` (the latest of its series).
    RuleDialog(UiContext &context, const Core::Rule &current, QWidget *parent = nullptr);

    static std::optional<Core::Rule> createRule(UiContext &context, QWidget *parent);
    static std::optional<Core::Rule> reviseRule(UiContext &context, const Core::Rule &current, QWidget *parent);

    bool isRevision() const { return m_current.id != Core::kNoId; }
    // The rule as typed, or the first field that cannot be read.
    Core::Result<Core::Rule> draft() const;
    // Start of the new version: invalid means now.
    QDateTime fromInstant() const;
    const std::optional<Core::Rule> &savedRule() const { return m_saved; }
    FieldErrors &fieldErrors() const { return *m_errors; }

public Q_SLOTS:
    bool save();

private:
    void build();
    QWidget *buildWhatTab();
    QWidget *buildWhenTab();
    QWidget *buildLimitsTab();
    void fillPickers();
    void load(const Core::Rule &rule);
    void updateVisibleFields();
    QDateTime startOfDay(const QDate &day) const;

    UiContext &m_context;
    Core::Rule m_current;
    QTimeZone m_zone;
    std::optional<Core::Rule> m_saved;
    FieldErrors *m_errors = nullptr;
    QTabWidget *m_tabs = nullptr;

    QFormLayout *m_what = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_family = nullptr;
    QComboBox *m_earnKind = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_product = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_cardType = nullptr;
    QComboBox *m_tier = nullptr;
    QLineEdit *m_percent = nullptr;
    DigitLineEdit *m_fixedAmount = nullptr;
    QSpinBox *m_points = nullptr;
    DigitLineEdit *m_perAmount = nullptr;
    QComboBox *m_rounding = nullptr;
    QComboBox *m_thresholdBasis = nullptr;
    DigitLineEdit *m_thresholdEvery = nullptr;
    QComboBox *m_giftProduct = nullptr;

    DateEdit *m_from = nullptr;
    DateEdit *m_to = nullptr;
    QWidget *m_weekdayBox = nullptr;
    QList<QCheckBox *> m_weekdays;
    QWidget *m_hoursBox = nullptr;
    QCheckBox *m_hoursOn = nullptr;
    QTimeEdit *m_startTime = nullptr;
    QTimeEdit *m_endTime = nullptr;
    QLineEdit *m_campaign = nullptr;
    QListWidget *m_scopeGuilds = nullptr;    // checked: the rule applies only there
    QListWidget *m_scopeMerchants = nullptr;
    QComboBox *m_organisation = nullptr; // only for members of this partner organisation

    QTableWidget *m_multipliers = nullptr;
    DigitLineEdit *m_capPerDay = nullptr;
    DigitLineEdit *m_capPerMember = nullptr;
    QSpinBox *m_priority = nullptr;
    QCheckBox *m_exclusive = nullptr;
};

} // namespace Club::Ui
