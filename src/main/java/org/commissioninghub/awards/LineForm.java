package org.commissioninghub.awards;

/** The add-a-line form on an award's page. */
class LineForm {

  private String stream;
  private String year;
  private String category;
  private String amount;
  private String posts;

  AwardLineRequest toRequest() {
    return new AwardLineRequest(stream, year, category, amount, posts);
  }

  public String getStream() {
    return stream;
  }

  public void setStream(String stream) {
    this.stream = stream;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public String getPosts() {
    return posts;
  }

  public void setPosts(String posts) {
    this.posts = posts;
  }
}
