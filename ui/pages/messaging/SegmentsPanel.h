// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messaging/Messaging.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace Club::Ui {

class FieldErrors;
class UiContext;

// The Segments tab: build a member filter, see how many match and who, save it by name.
class SegmentsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentsPanel(UiContext &context, QWidget *parent = nullptr);

    void reload();
    Core::SegmentFilter filter() const;
    void setFilter(const Core::SegmentFilter &filter);
    // Counts and lists the matching members (the first hundred).
    void refreshMembers();
    bool save();
    qint64 shownCount() const { return m_count; }

private:
    UiContext &m_context;
    FieldErrors *m_errors;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_tier;
    QComboBox *m_group;
    QComboBox *m_cardType;
    QSpinBox *m_noPurchase;
    QSpinBox *m_purchased;
    QSpinBox *m_birthday;
    QSpinBox *m_expiring;
    QSpinBox *m_minPoints;
    QLineEdit *m_city;
    QCheckBox *m_sms;
    QCheckBox *m_email;
    QLabel *m_countLabel;
    QTableWidget *m_members;
    QList<Core::Segment> m_segments;
    Core::Id m_editing = Core::kNoId;
    qint64 m_count = -1;
};

} // namespace Club::Ui
