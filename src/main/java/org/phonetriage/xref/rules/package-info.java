/**
 * The rules of the cross-reference, shared by the embedded engine (SQLite, {@code org.phonetriage.xref})
 * and the Spark job ({@code spark/}): SQL predicates and aggregates written in the SQL both engines
 * read, and plain Java functions over the rows they give. JDK only: the Spark module compiles these
 * very sources, so the distributed path never restates a rule.
 */
package org.phonetriage.xref.rules;
