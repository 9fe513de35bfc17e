/**
 * The administrative divisions of the country (GB/T 2260), their offices, and the scope a person
 * may see. A jurisdiction's subtree is identified by the prefix its descendants' codes share
 * with it, so visibility is one indexed prefix comparison in every query; the parent is stored
 * explicitly anyway. {@link org.tongban.jurisdiction.entity.Scope} is the one mechanism through
 * which every component restricts what it reads.
 */
package org.tongban.jurisdiction;
