package org.tongban.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One piece of news for one account. The topic is a message key, rendered in the reader's
 * language when read; the detail is free text from the person who caused it (a reason, a note).
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "topic")
    private String topic;

    @Column(name = "tracking_number")
    private String trackingNumber;

    @Column(name = "detail")
    private String detail;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long accountId, String topic, String trackingNumber, String detail) {
        this.accountId = accountId;
        this.topic = topic;
        this.trackingNumber = trackingNumber;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.createdAt = Instant.now();
    }

    public void markRead() {
        if (readAt == null) {
            readAt = Instant.now();
        }
    }

    public Long id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public String topic() {
        return topic;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public String detail() {
        return detail;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }

    public boolean unread() {
        return readAt == null;
    }
}
