// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"
#include "tiers/Tier.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Club::Ui {

class FieldErrors;

// The tier programme of each card type: its tiers (key, names in Persian, Arabic and
// English, threshold; lowest first), what qualifies (points earned or amount spent), the
// rolling window and the review period. Saving needs TiersManage.
class TiersPage : public Page
{
    Q_OBJECT

public:
    enum Column { KeyColumn, NameFaColumn, NameArColumn, NameEnColumn, ThresholdColumn, ColumnCount };

    explicit TiersPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    Core::Permission permission() const override { return Core::Permission::TiersManage; }
    void activate() override;

    Core::Result<Core::TierProgram> draft() const;
    FieldErrors &fieldErrors() const { return *m_errors; }

public Q_SLOTS:
    bool save();
    void addTier();
    void removeTier();

private:
    void reloadCardTypes();
    void loadProgram();
    void setRow(int row, const Core::TierLevel &level);

    FieldErrors *m_errors;
    QComboBox *m_cardType;
    QComboBox *m_basis;
    QSpinBox *m_window;
    QSpinBox *m_review;
    QTableWidget *m_tiers;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_save;
    QLabel *m_status;
};

} // namespace Club::Ui
