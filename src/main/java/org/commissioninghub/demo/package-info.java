/** The Kent demo data set, loaded through the features' public APIs. */
package org.commissioninghub.demo;
